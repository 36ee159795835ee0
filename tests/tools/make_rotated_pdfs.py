#!/usr/bin/python3
"""Makes tests/data/rotated_pdf/: our reports on turned pages, as scanners, viewers and
word processors leave them.

- rotate90_2019 / rotate180_2021: a viewer's or scanner's /Rotate set after the fact over
  upright content (qpdf --rotate), so the text runs sideways or upside down as displayed;
  the 180 one only on the table pages.
- landscape_2021: a report laid out on landscape A4 (a landscape MediaBox) by LibreOffice.
- landscape_turned_2021: those landscape pages drawn turned onto portrait A4 pages (a
  rotated text matrix, no /Rotate): tables whose text runs bottom to top.
- turned_tables_2019: the table pages of a portrait report drawn turned a quarter the
  other way onto landscape-shaped pages, the first page left upright.

The reports and their truth come from make_reports.py (tests/data/reports/ and a landscape
LibreOffice export of one more). Needs Debian's qpdf, python3-pikepdf, python3-docx and
LibreOffice (soffice):
    tests/tools/make_rotated_pdfs.py
"""
import json
import os
import shutil
import subprocess
import tempfile

import pikepdf
from docx import Document
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
REPORTS = os.path.join(ROOT, "tests", "data", "reports")
OUT = os.path.join(ROOT, "tests", "data", "rotated_pdf")


def write_truth(truth, name, variant):
    truth = dict(truth)
    truth["file"] = name + ".pdf"
    truth["format"] = "pdf"
    truth["variants"] = sorted(set(truth.get("variants", [])) | {variant})
    with open(os.path.join(OUT, "truth", name + ".truth.json"), "w", encoding="utf-8") as stream:
        json.dump(truth, stream, ensure_ascii=False, indent=1, sort_keys=True)
        stream.write("\n")


def report_truth(stem, folder=REPORTS):
    with open(os.path.join(folder, "truth", stem + ".truth.json"), encoding="utf-8") as stream:
        return json.load(stream)


def qpdf_rotate(source_stem, name, angle_and_pages):
    target = os.path.join(OUT, name + ".pdf")
    subprocess.run(["qpdf", "--deterministic-id", f"--rotate={angle_and_pages}",
                    os.path.join(REPORTS, source_stem + ".pdf"), target], check=True)
    write_truth(report_truth(source_stem), name, "rotate_after")


def draw_turned(source, target, pages, clockwise):
    """Pages `pages` (1-based) of `source` drawn a quarter turn onto a page of swapped size,
    with a rotated matrix in the content stream; the others copied as they are."""
    src = pikepdf.open(source)
    out = pikepdf.new()
    for number, page in enumerate(src.pages, start=1):
        if number not in pages:
            out.pages.append(page)
            continue
        box = [float(value) for value in page.MediaBox]
        width, height = box[2] - box[0], box[3] - box[1]
        form = out.copy_foreign(page.as_form_xobject())
        turned = out.add_blank_page(page_size=(height, width))
        turned.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Page=form))
        # Clockwise: (x, y) -> (y, width - x); anticlockwise: (x, y) -> (height - y, x).
        matrix = f"0 -1 1 0 0 {width:g}" if clockwise else f"0 1 -1 0 {height:g} 0"
        turned.Contents = out.make_stream(f"q {matrix} cm /Page Do Q".encode())
    out.save(target, static_id=True)


def landscape_report(work):
    """A 2021 report exported by LibreOffice from a DOCX laid out landscape."""
    subprocess.run([os.path.join(HERE, "make_reports.py"), "--out", work, "--format", "docx",
                    "--template", "2021", "--name", "landscape_2021", "--level", "city",
                    "--variant", "page_footer"], check=True, stdout=subprocess.DEVNULL)
    docx_path = os.path.join(work, "landscape_2021.docx")
    document = Document(docx_path)
    for section in document.sections:
        width, height = section.page_width, section.page_height
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = height, width
    document.save(docx_path)
    profile = "file://" + os.path.join(work, "profile")
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", work, docx_path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    pdf = os.path.join(work, "landscape_2021.pdf")
    with pikepdf.open(pdf) as document_pdf:
        document_pdf.save(os.path.join(OUT, "landscape_2021.pdf"), static_id=True)
    truth = report_truth("landscape_2021", work)
    write_truth(truth, "landscape_2021", "landscape")
    return pdf, truth


def main():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    qpdf_rotate("mixed_2019", "rotate90_2019", "+90")
    qpdf_rotate("footer_linebreak_2021", "rotate180_2021", "+180:2-z")
    with tempfile.TemporaryDirectory() as work:
        landscape_pdf, truth = landscape_report(work)
        count = len(pikepdf.open(landscape_pdf).pages)
        draw_turned(landscape_pdf, os.path.join(OUT, "landscape_turned_2021.pdf"),
                    set(range(1, count + 1)), clockwise=False)
        write_truth(truth, "landscape_turned_2021", "turned_matrix")
    source = os.path.join(REPORTS, "mixed_2019.pdf")
    count = len(pikepdf.open(source).pages)
    draw_turned(source, os.path.join(OUT, "turned_tables_2019.pdf"), set(range(2, count + 1)),
                clockwise=True)
    write_truth(report_truth("mixed_2019"), "turned_tables_2019", "turned_matrix")
    shutil.rmtree(os.path.join(OUT, "__pycache__"), ignore_errors=True)


if __name__ == "__main__":
    main()
