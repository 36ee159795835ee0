#!/usr/bin/python3
"""Read generated reports back and compare their table numbers with the truth files.

    tests/tools/check_reports.py samples tests/data/reports

For each txt, html and docx report (pdf and doc are LibreOffice copies of a
docx made by the same code), the non-zero numbers of table 二, 三 and 四 read
from the document must be exactly the non-zero t2.*, t3.*, t4.* truth values
(as multisets), and the truth's failing_checks must follow from its values.
Exit status 1 on any mismatch.  Independent of nianbao: a check of the generator.
"""

import collections
import glob
import html.parser
import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from reportgen.values import failing_checks  # noqa: E402

_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def number(text):
    text = text.translate(_FULLWIDTH).replace(",", "").strip()
    text = text.replace("增加", "+").replace("减少", "-")
    if _NUMBER.match(text):
        return float(text)
    return None


def nonzero(texts):
    nums = (number(t) for t in texts)
    return collections.Counter(n for n in nums if n)


def tables_txt(path):
    """Cell texts per table part (二, 三, 四) of a text dump."""
    parts, current = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "主动公开政府信息情况" in line and not line.startswith("\t"):
                current = "t2"
            elif "收到和处理政府信息公开申请情况" in line and not line.startswith("\t"):
                current = "t3"
            elif "行政复议、行政诉讼情况" in line and not line.startswith("\t"):
                current = "t4"
            elif line.startswith("五、"):
                current = None
            elif current and line.startswith("\t"):
                parts.setdefault(current, []).append(line[1:])
    return parts


class _HtmlTables(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "td":
            self.cell = []

    def handle_endtag(self, tag):
        if tag == "td":
            self.tables[-1].append("".join(self.cell).replace("\xa0", ""))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def _split_parts(tables):
    return {"t2": [c for t in tables[:-2] for c in t], "t3": tables[-2], "t4": tables[-1]}


def tables_html(path):
    raw = open(path, "rb").read()
    charset = re.search(rb'charset="?([\w-]+)', raw).group(1).decode()
    text = raw.decode("gb18030" if charset.lower().startswith("gb") else charset)
    parser = _HtmlTables()
    parser.feed(text)
    return _split_parts(parser.tables)


def tables_docx(path):
    import docx
    from docx.oxml.ns import qn
    doc = docx.Document(path)
    tables = []
    for table in doc.tables:
        cells = []
        for tr in table._tbl.tr_lst:
            for tc in tr.tc_lst:
                cells.append("".join(t.text or "" for t in tc.iter(qn("w:t"))))
        tables.append(cells)
    return _split_parts(tables)


READERS = {".txt": tables_txt, ".html": tables_html, ".docx": tables_docx}


def check(truth_path):
    folder = os.path.dirname(os.path.dirname(truth_path))
    truth = json.load(open(truth_path, encoding="utf-8"))
    problems = []
    if failing_checks(truth["values"]) != truth["failing_checks"]:
        problems.append("failing_checks do not follow from values")
    doc_path = os.path.join(folder, truth["file"])
    reader = READERS.get(os.path.splitext(doc_path)[1])
    if reader is None:
        return problems, False
    parts = reader(doc_path)
    for part in ("t2", "t3", "t4"):
        want = collections.Counter(float(v) for k, v in truth["values"].items()
                                   if k.startswith(part + ".") and v)
        got = nonzero(parts.get(part, []))
        if want != got:
            problems.append(f"{part}: missing {dict(want - got)} extra {dict(got - want)}")
    return problems, True


def main():
    folders = sys.argv[1:] or ["samples", "tests/data/reports"]
    bad = read = 0
    for folder in folders:
        for truth_path in sorted(glob.glob(os.path.join(folder, "truth", "*.truth.json"))):
            problems, was_read = check(truth_path)
            read += was_read
            for p in problems:
                print(f"{truth_path}: {p}")
            bad += bool(problems)
    print(f"{read} documents read back, {bad} with problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
