"""DOCX writer (python-docx; merged cells as real gridSpan / vMerge) and the
LibreOffice conversions DOCX -> PDF / DOC."""

import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .layout import MARKERS

_BODY_FONT = "仿宋"
_HEADING_FONT = "黑体"
_TITLE_FONT = "宋体"
_PAGE_WIDTH_CM = 16.0
# Label-column widths (cm) per table kind; value columns share the rest.
_LABEL_WIDTHS = {"t2": [4.4], "t3": [1.3, 1.9, 4.0], "t4": []}


def _set_run_font(run, east_asia, size_pt, bold=False):
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asia)


def _paragraph(doc, text, east_asia=_BODY_FONT, size=14, bold=False, indent=True):
    para = doc.add_paragraph()
    if indent:
        para.paragraph_format.first_line_indent = Pt(size * 2)
    para.paragraph_format.space_after = Pt(0)
    para.paragraph_format.line_spacing = 1.3
    _set_run_font(para.add_run(text), east_asia, size, bold)
    return para


def _title(doc, lines):
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.paragraph_format.space_after = Pt(12)
    for idx, line in enumerate(lines):
        run = para.add_run(line)
        _set_run_font(run, _TITLE_FONT, 20, bold=True)
        if idx + 1 < len(lines):
            run.add_break()


def _column_widths(grid):
    labels = _LABEL_WIDTHS[grid.kind]
    rest = grid.ncols - len(labels)
    value_w = (_PAGE_WIDTH_CM - sum(labels)) / rest
    return [Cm(w) for w in labels] + [Cm(value_w)] * rest


def _fill_cell(cell, text):
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for idx, line in enumerate(lines):
        para = first if idx == 0 else cell.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.paragraph_format.space_after = Pt(0)
        if line:
            _set_run_font(para.add_run(line), _BODY_FONT, 9)


def _table(doc, grid):
    table = doc.add_table(rows=len(grid.rows), cols=grid.ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = _column_widths(grid)
    for col, width in zip(table.columns, widths):
        col.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    origins = []
    for row_idx, row in enumerate(grid.rows):
        for col_idx, slot in enumerate(row):
            if slot in MARKERS:
                continue
            rowspan, colspan = grid.spans(row_idx, col_idx)
            if rowspan > 1 or colspan > 1:
                table.cell(row_idx, col_idx).merge(
                    table.cell(row_idx + rowspan - 1, col_idx + colspan - 1))
            origins.append((row_idx, col_idx, slot))
    for row_idx, col_idx, slot in origins:
        _fill_cell(table.cell(row_idx, col_idx), slot)
    doc.add_paragraph()


def _page_number_footer(section):
    para = section.footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run("- ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    inner = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    inner.append(text)
    field.append(inner)
    para._p.append(field)
    para._p.append(para.add_run(" -")._r)


def build_docx(report):
    """The report as DOCX bytes (deterministic: fixed zip timestamps)."""
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.5)
    if "page_footer" in report.spec.variants:
        _page_number_footer(section)
    core = doc.core_properties
    core.author = core.last_modified_by = report.agency.office
    core.title = report.title
    core.comments = ""
    for kind, payload in report.blocks:
        if kind == "title":
            _title(doc, payload)
        elif kind == "heading":
            _paragraph(doc, payload, east_asia=_HEADING_FONT, size=14)
        elif kind == "sub":
            _paragraph(doc, payload, east_asia="楷体", size=14)
        elif kind == "table":
            _table(doc, payload)
        else:
            _paragraph(doc, payload)
    buf = io.BytesIO()
    doc.save(buf)
    return _normalized_zip(buf.getvalue())


def _normalized_zip(data):
    """Rewrite a zip with fixed timestamps so equal content gives equal bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = _fixed_core_dates(blob)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, blob)
    return out.getvalue()


def _fixed_core_dates(blob):
    return re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                  rb"\g<1>2024-01-01T00:00:00Z\g<3>", blob)


def convert_with_libreoffice(docx_paths, target, outdir):
    """Convert DOCX files to ``target`` ("pdf" or "doc") with one soffice run,
    in a private LibreOffice profile (other users of soffice are unaffected)."""
    with tempfile.TemporaryDirectory(prefix="reportgen-lo-") as tmp:
        profile = os.path.join(tmp, "profile")
        conv_out = os.path.join(tmp, "out")
        os.mkdir(conv_out)
        filt = {"pdf": "pdf:writer_pdf_Export", "doc": "doc:MS Word 97"}[target]
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--norestore", "--convert-to", filt, "--outdir", conv_out] + list(docx_paths)
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=600)
        results = {}
        for path in docx_paths:
            stem = os.path.splitext(os.path.basename(path))[0]
            produced = os.path.join(conv_out, f"{stem}.{target}")
            if not os.path.exists(produced):
                raise RuntimeError(f"soffice did not produce {stem}.{target}")
            final = os.path.join(outdir, f"{stem}.{target}")
            shutil.move(produced, final)
            results[path] = final
        return results
