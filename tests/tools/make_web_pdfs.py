#!/usr/bin/python3
"""Makes tests/data/web_pdf/: our HTML reports printed to PDF by a browser, as crawlers
(headless page.pdf()) and agencies (printing their own page) publish them.

Chromium breaks pages through table rows without a ruling along the cut, repeats <thead>
rows on every page, lets a merged label's text run out of its cut cell, and (with its
header and footer on) prints the date, the page's <title>, its address and "N/M" on every
page. One page gets a portal's clutter (a menu and a breadcrumb naming 政府信息公开年度报告,
form fields 标题：/发布日期：) around the report's own heading. The reports and their truth
come from make_reports.py; only the page set-up differs.

Needs Debian's chromium, python3-docx (for make_reports.py), python3-pikepdf and
fonts-droid-fallback:
    tests/tools/make_web_pdfs.py
"""
import json
import os
import re
import subprocess
import tempfile
import unicodedata

import pikepdf

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "tests", "data", "web_pdf")

# name, template, level, variants, @page size, repeat table headers, browser header/footer,
# portal clutter (a long menu, a breadcrumb and form fields naming the report, no page title)
SPECS = [
    ("web_cut_rows_2019", "2019", "dept", ["title_two_lines"], "A5 landscape", False, False,
     False),
    ("web_repeated_header_2021", "2021", "county", [], "A5 landscape", True, True, False),
    ("web_portal_fields_2021", "2021", "town", ["title_two_lines"], "A4", False, False, True),
]
# Printed again with its fonts' ToUnicode maps giving radicals for ideographs (⼈⺠⼀ for
# 人民一), as browsers' and WPS's PDFs of fonts that share those glyphs do.
RADICAL_SPECS = [("web_radicals_2021", "web_repeated_header_2021")]

MENU = ["首页", "政务公开", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容",
        "政府信息公开年度报告", "依申请公开", "政策解读", "互动交流", "政务服务", "走进本地",
        "专题专栏"]


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


def portal_clutter(html, year):
    """What real portals print around a report: a menu naming 政府信息公开年度报告, a
    breadcrumb ending in it, and a form of fields (索引号, 发布机构, 标题 without the agency,
    发布日期 of the next year) in place of the page title."""
    menu = "".join(f"<p>{item}</p>" for item in MENU)
    html = re.sub(r'<div class="nav">.*?</div>', f'<div class="nav">{menu}</div>', html, count=1,
                  flags=re.S)
    html = re.sub(r'<div class="position">.*?</div>',
                  '<div class="position">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开'
                  ' &gt; 政府信息公开工作年度报告</div>', html, count=1, flags=re.S)
    fields = (f"<p>索引号：000014349/{year + 1}-00021</p><p>发布机构：政府办公室</p>"
              f"<p>标题：{year}年政府信息公开工作年度报告</p>"
              f"<p>发布日期：{year + 1}年03月05日</p>")
    html = re.sub(r'<div class="article-title">.*?</div>\s*<div class="article-info">.*?</div>',
                  f'<div class="article-info">{fields}</div>', html, count=1, flags=re.S)
    return html


def make(spec, work):
    name, template, level, variants, size, thead, header_footer, clutter = spec
    command = [os.path.join(HERE, "make_reports.py"), "--out", work, "--format", "html",
               "--template", template, "--name", name, "--level", level]
    for variant in variants:
        command += ["--variant", variant]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(work, name + ".html"), encoding="utf-8") as stream:
        html = stream.read()
    with open(os.path.join(work, "truth", name + ".truth.json"), encoding="utf-8") as stream:
        truth = json.load(stream)
    if thead:
        html = header_rows_into_thead(html)
    if clutter:
        html = portal_clutter(html, truth["year"])
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
    truth["file"] = name + ".pdf"
    truth["format"] = "pdf"
    truth["variants"] = sorted(set(truth.get("variants", [])) | {"browser_print"})
    with open(os.path.join(OUT, "truth", name + ".truth.json"), "w", encoding="utf-8") as stream:
        json.dump(truth, stream, ensure_ascii=False, indent=1, sort_keys=True)
        stream.write("\n")
    print(pdf)


def radical_map():
    """Ideograph code point -> the radical that looks the same, from Unicode's own
    compatibility decompositions of the Kangxi radicals, plus ⺠ (U+2EA0) for 民."""
    mapping = {0x6C11: 0x2EA0}
    for radical in range(0x2F00, 0x2FD6):
        ideograph = unicodedata.normalize("NFKC", chr(radical))
        mapping.setdefault(ord(ideograph), radical)
    return mapping


def with_radicals(source, target):
    mapping = radical_map()
    pdf = pikepdf.open(source)
    for font in pdf.objects:
        if not isinstance(font, pikepdf.Dictionary) or "/ToUnicode" not in font:
            continue
        cmap = font.ToUnicode.read_bytes().decode("latin-1")

        def swap(match):
            code = int(match.group(2), 16)
            if code not in mapping:
                return match.group(0)
            return f"{match.group(1)}<{mapping[code]:04X}>"

        cmap = re.sub(r"(<[0-9A-F]{4}> )<([0-9A-F]{4})>", swap, cmap)
        font.ToUnicode.write(cmap.encode("latin-1"))
    pdf.save(target, static_id=True)


def main():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for spec in SPECS:
            make(spec, work)
    for name, source in RADICAL_SPECS:
        with_radicals(os.path.join(OUT, source + ".pdf"), os.path.join(OUT, name + ".pdf"))
        with open(os.path.join(OUT, "truth", source + ".truth.json"), encoding="utf-8") as stream:
            truth = json.load(stream)
        truth["file"] = name + ".pdf"
        truth["variants"] = sorted(set(truth["variants"]) | {"radicals"})
        with open(os.path.join(OUT, "truth", name + ".truth.json"), "w",
                  encoding="utf-8") as stream:
            json.dump(truth, stream, ensure_ascii=False, indent=1, sort_keys=True)
            stream.write("\n")
        print(os.path.join(OUT, name + ".pdf"))


if __name__ == "__main__":
    main()
