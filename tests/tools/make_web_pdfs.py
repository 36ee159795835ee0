#!/usr/bin/python3
"""Makes tests/data/web_pdf/: our HTML reports printed to PDF by a browser, as crawlers
(headless page.pdf()) and agencies (printing their own page) publish them.

Chromium breaks pages through table rows without a ruling along the cut, repeats <thead>
rows on every page, lets a merged label's text run out of its cut cell, and (with its
header and footer on) prints the date, the page's <title>, its address and "N/M" on every
page. The reports and their truth come from make_reports.py; only the page set-up differs.

Needs Debian's chromium, python3-docx (for make_reports.py) and fonts-droid-fallback:
    tests/tools/make_web_pdfs.py
"""
import json
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "tests", "data", "web_pdf")

# name, template, level, variants, @page size, repeat table headers, browser header/footer
SPECS = [
    ("web_cut_rows_2019", "2019", "dept", ["title_two_lines"], "A5 landscape", False, False),
    ("web_repeated_header_2021", "2021", "county", [], "A5 landscape", True, True),
]


def page_style(size):
    # One font the way a machine without the page's fonts prints it; small fixtures.
    return ("<style>*{font-family:'Droid Sans Fallback' !important;"
            "font-weight:normal !important}"
            f"@page{{size:{size};margin:10mm}}</style>")


def header_rows_into_thead(html):
    """Each table's leading rows before its first row with a number become its <thead>."""

    def one_table(match):
        table = match.group(0)
        rows = re.findall(r"<tr.*?</tr>", table, re.S)
        count = 0
        for row in rows:
            cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
            texts = [re.sub(r"<[^>]+>|&nbsp;|\s", "", cell) for cell in cells]
            if any(text.isdigit() for text in texts):
                break
            count += 1
        if count == 0 or count >= len(rows):
            return table
        head = "".join(rows[:count])
        table = table.replace(head, "", 1)
        return table.replace("<tbody>", "<thead>" + head + "</thead><tbody>", 1)

    return re.sub(r"<table.*?</table>", one_table, html, flags=re.S)


def make(spec, work):
    name, template, level, variants, size, thead, header_footer = spec
    command = [os.path.join(HERE, "make_reports.py"), "--out", work, "--format", "html",
               "--template", template, "--name", name, "--level", level]
    for variant in variants:
        command += ["--variant", variant]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(work, name + ".html"), encoding="utf-8") as stream:
        html = stream.read()
    if thead:
        html = header_rows_into_thead(html)
    html = html.replace("</head>", page_style(size) + "</head>", 1)
    page = os.path.join(work, name + "_print.html")
    with open(page, "w", encoding="utf-8") as stream:
        stream.write(html)
    pdf = os.path.join(OUT, name + ".pdf")
    command = ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
               f"--print-to-pdf={pdf}", "file://" + page]
    if not header_footer:
        command.insert(4, "--no-pdf-header-footer")
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)
    with open(os.path.join(work, "truth", name + ".truth.json"), encoding="utf-8") as stream:
        truth = json.load(stream)
    truth["file"] = name + ".pdf"
    truth["format"] = "pdf"
    truth["variants"] = sorted(set(truth.get("variants", [])) | {"browser_print"})
    with open(os.path.join(OUT, "truth", name + ".truth.json"), "w", encoding="utf-8") as stream:
        json.dump(truth, stream, ensure_ascii=False, indent=1, sort_keys=True)
        stream.write("\n")
    print(pdf)


def main():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for spec in SPECS:
            make(spec, work)


if __name__ == "__main__":
    main()
