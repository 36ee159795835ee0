#!/usr/bin/python3
"""Make COUNT distinct synthetic reports (txt and html in turn, both templates, every level;
docx too with --formats txt,html,docx and python3-docx) in OUT_DIR, quickly and without
LibreOffice: inputs for batch benchmarks and tests that
need many documents of different content (bench/postgres/pg_bench.sh).

    tests/tools/make_distinct_reports.py OUT_DIR COUNT [--formats txt,html]

Each report's content comes from reportgen seeded by its name (distinct_00000 …), so the same
command makes the same bytes; no answer keys are written (make_reports.py makes those).
"""

import argparse
import os
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from reportgen import text_writers  # noqa: E402
from reportgen.report import Report, Spec  # noqa: E402

LEVELS = ["county", "city", "town", "street", "dept", "province", "province_dept"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("count", type=int)
    parser.add_argument("--formats", default="txt,html")
    args = parser.parse_args()
    formats = args.formats.split(",")
    os.makedirs(args.out, exist_ok=True)
    for number in range(args.count):
        fmt = formats[number % len(formats)]
        template = "2021" if number % 2 == 0 else "2019"
        spec = Spec(f"distinct_{number:05d}", fmt, template, LEVELS[number % len(LEVELS)])
        report = Report(spec)
        if fmt == "txt":
            data = text_writers.render_txt(report).encode("utf-8")
        elif fmt == "html":
            data = text_writers.render_html(report, "utf-8").encode("utf-8")
        else:
            from reportgen import docx_writer  # python3-docx, only when docx is asked for

            data = docx_writer.build_docx(report)
        with open(os.path.join(args.out, spec.filename), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
