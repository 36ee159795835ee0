#!/usr/bin/python3
"""Makes the PDF reader's test inputs in this folder.

Run with Debian's python3 (python3-docx), LibreOffice (soffice) and qpdf installed:
    /usr/bin/python3 tests/data/pdf/make_test_pdfs.py
DOCX files are written to a temporary folder and exported by LibreOffice; the small
hand-written PDFs (rotated page, scan, garbled font, empty) are written directly.
"""
import os
import shutil
import subprocess
import tempfile
import zlib

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def set_cjk_font(document, size=12):
    style = document.styles["Normal"]
    style.font.size = Pt(size)
    style.font.name = "Noto Serif CJK SC"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def add_page_number_footer(document):
    """Footer "- N -" with a PAGE field, centred."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = 1
    paragraph.add_run("- ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    paragraph.add_run(" -")


def repeat_as_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)


def remove_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


def merged_cells_docx(path):
    """A ruled table with a column span (header) and a row span (label)."""
    document = Document()
    set_cjk_font(document)
    document.add_paragraph("测试市测试局2022年政府信息公开工作年度报告").alignment = 1
    document.add_paragraph("一、总体情况")
    document.add_paragraph("本年度我局认真贯彻落实政府信息公开条例，主动公开政府信息。")
    table = document.add_table(rows=5, cols=4)
    table.style = "Table Grid"
    rows = [
        ["项目", "法人或其他组织", "", "总计"],
        ["", "商业企业", "科研机构", ""],
        ["三、本年度办理结果", "12", "3", "15"],
        ["", "4", "0", "4"],
        ["四、结转下年度继续办理", "1", "2", "3"],
    ]
    for row_idx, values in enumerate(rows):
        for col_idx, value in enumerate(values):
            table.cell(row_idx, col_idx).text = value
    table.cell(0, 1).merge(table.cell(0, 2))  # colspan 2
    table.cell(0, 0).merge(table.cell(1, 0))  # rowspan 2
    table.cell(0, 3).merge(table.cell(1, 3))
    table.cell(2, 0).merge(table.cell(3, 0))
    for cell, text in ((table.cell(0, 1), "法人或其他组织"), (table.cell(0, 0), "项目"),
                       (table.cell(0, 3), "总计"), (table.cell(2, 0), "三、本年度办理结果")):
        cell.text = text
    document.add_paragraph("二、其他需要报告的事项")
    document.add_paragraph("本年度无其他需要报告的事项。")
    document.save(path)


def long_table_docx(path):
    """A ruled table over two pages: repeated header row, page-number footers."""
    document = Document()
    set_cjk_font(document)
    add_page_number_footer(document)
    document.add_paragraph("跨页表格测试")
    for idx in range(8):
        document.add_paragraph(f"第{idx + 1}段正文，用来把表格推到页面下方，使它跨越分页。" * 2)
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for col_idx, text in enumerate(["序号", "事项", "数量"]):
        table.cell(0, col_idx).text = text
    repeat_as_header(table.rows[0])
    for row_idx in range(1, 41):
        cells = table.add_row().cells
        cells[0].text = str(row_idx)
        cells[1].text = f"事项{row_idx}"
        cells[2].text = str(row_idx * 10)
    document.add_paragraph("表格之后的段落。")
    document.save(path)


def no_rulings_docx(path):
    """A table without any border: only text alignment shows its columns."""
    document = Document()
    set_cjk_font(document)
    document.add_paragraph("无框线表格测试")
    table = document.add_table(rows=4, cols=3)
    remove_borders(table)
    rows = [["项目", "上年", "本年"], ["行政许可", "120", "135"],
            ["行政处罚", "45", "38"], ["行政强制", "7", "9"]]
    for row_idx, values in enumerate(rows):
        for col_idx, value in enumerate(values):
            table.cell(row_idx, col_idx).text = value
    document.add_paragraph("表格之后的段落。")
    document.save(path)


def convert_with_libreoffice(docx_paths, out_dir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out_dir,
                    *docx_paths], check=True, stdout=subprocess.DEVNULL)


# ---- small hand-written PDFs ------------------------------------------------------------

def write_pdf(path, objects):
    """objects: list of bytes bodies for objects 1..n; object 1 is the catalog."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    with open(path, "wb") as file:
        file.write(out)


def stream(content, extra=b""):
    return b"<< /Length %d %s >>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def rotated_pdf(path):
    """A portrait page with /Rotate 90 whose content is drawn turned, so it reads upright
    when displayed (landscape): a title and a 2 x 3 ruled table."""
    # Displayed page: 842 wide, 595 high. Display point (X, Y from top-left) maps to the
    # unrotated user space point (x, y) = (Y', X) with Y' = 595 - Y measured from bottom...
    # Simplest: draw in a turned coordinate system: cm 0 1 -1 0 595 0 turns user space by
    # 90 degrees so that (X, Ybottom) of the landscape page lands on the portrait page.
    ops = [b"q 0 1 -1 0 595 0 cm"]
    ops.append(b"BT /F1 14 Tf 72 520 Td (Rotated Report Title) Tj ET")
    xs = [72, 272, 472, 672]
    ys = [480, 450, 420]
    for y in ys:
        ops.append(b"%d %d m %d %d l S" % (xs[0], y, xs[-1], y))
    for x in xs:
        ops.append(b"%d %d m %d %d l S" % (x, ys[0], x, ys[-1]))
    cells = [["Item", "Before", "After"], ["Permits", "120", "135"]]
    for row_idx, row in enumerate(cells):
        for col_idx, text in enumerate(row):
            ops.append(b"BT /F1 11 Tf %d %d Td (%s) Tj ET" % (
                xs[col_idx] + 6, ys[row_idx] - 20, text.encode()))
    ops.append(b"Q")
    content = b"\n".join(ops)
    write_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate 90 "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def scanned_pdf(path):
    """Two pages that are only an image (a grey 8 x 8 picture), no text at all."""
    pixels = zlib.compress(bytes(range(0, 256, 4)))
    content = b"q 400 0 0 600 100 100 cm /Im1 Do Q"
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>")
    write_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
        page,
        stream(content),
        stream(pixels, b"/Type /XObject /Subtype /Image /Width 8 /Height 8 "
                       b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode"),
        page,
    ])


def garbled_pdf(path):
    """Text whose font maps its glyphs to private-use code points (as subset CJK fonts
    without a usable ToUnicode map do), next to readable text."""
    differences = b"[65 /uniE001 /uniE002 /uniE003 /uniE004 /uniE005 /uniE006]"
    content = (b"BT /F1 12 Tf 72 760 Td (Readable heading) Tj ET\n"
               b"BT /F2 12 Tf 72 700 Td (ABCDEFABCDEF) Tj ET")
    write_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
        stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding << /Type /Encoding /Differences " + differences + b" >> >>",
    ])


def main():
    with tempfile.TemporaryDirectory() as work:
        makers = {"merged_cells": merged_cells_docx, "long_table": long_table_docx,
                  "no_rulings": no_rulings_docx}
        docx_paths = []
        for name, maker in makers.items():
            docx_path = os.path.join(work, name + ".docx")
            maker(docx_path)
            docx_paths.append(docx_path)
        convert_with_libreoffice(docx_paths, work)
        for name in makers:
            shutil.copy(os.path.join(work, name + ".pdf"), os.path.join(HERE, name + ".pdf"))
    merged = os.path.join(HERE, "merged_cells.pdf")
    subprocess.run(["qpdf", "--encrypt", "user-secret", "owner-secret", "256", "--", merged,
                    os.path.join(HERE, "encrypted.pdf")], check=True)
    with open(merged, "rb") as file:
        head = file.read(600)
    with open(os.path.join(HERE, "truncated.pdf"), "wb") as file:
        file.write(head)
    with open(os.path.join(HERE, "empty.pdf"), "wb") as file:
        file.write(b"%PDF-1.4\n%%EOF\n")
    rotated_pdf(os.path.join(HERE, "rotated.pdf"))
    scanned_pdf(os.path.join(HERE, "scanned.pdf"))
    garbled_pdf(os.path.join(HERE, "garbled.pdf"))


if __name__ == "__main__":
    main()
