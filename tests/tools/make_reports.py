#!/usr/bin/python3
"""Make nianbao's own synthetic 政府信息公开工作年度报告 with exact answer keys.

Usage (from the repository root; Debian's python3 with python3-docx, LibreOffice
`soffice` and a CJK font such as fonts-wqy-zenhei for the PDF/DOC files):

    tests/tools/make_reports.py                  # writes samples/ and tests/data/reports/
    tests/tools/make_reports.py --only samples   # or: --only tests, --only region
    tests/tools/make_reports.py --force          # also re-run LibreOffice for PDF/DOC
    tests/tools/make_reports.py --list           # print the report specs and exit
    tests/tools/make_reports.py --out DIR --format html --template 2019 \\
        --variant label_spacing --variant zero_dash --broken t4 --name my_report
                                                 # one extra report into DIR

Every report <stem>.<ext> gets an answer key <stem>.truth.json in a `truth/`
folder beside it (samples/truth/, tests/data/reports/truth/), in the format of
shared/corpus/README.md "Truth file", so shared/tools/score.py can score them:

    python3 shared/tools/score.py --truth tests/data/reports/truth --pred out.jsonl

Deterministic and idempotent: each report's content comes from a random
generator seeded by its name; DOCX zips get fixed timestamps; PDF and DOC files
are only re-converted when the DOCX they come from changes (hashes kept in
truth/sources.json) or with --force, and PDF dates/IDs are pinned.

What is made: parts 一 to 六 of running text (invented agencies and places), the
three template tables of 国办公开办函〔2021〕30号 or 〔2019〕60号 with their real merged
cells, numbers that satisfy the template arithmetic unless a total is broken on
purpose (`broken`: "t4" breaks one t4 total = one failing check, "t3" breaks
（七）总计's total cell = three failing checks), and the layout variants of the dev
corpus (see reportgen/report.py KNOWN_VARIANTS).  Formats: txt (seed layout),
html (portal page, Word-exported table markup), docx (python-docx merges), pdf
and doc (LibreOffice conversions of the docx).
"""

import argparse
import hashlib
import json
import os
import re
import sys
import tempfile

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from reportgen import docx_writer, text_writers  # noqa: E402
from reportgen.report import KNOWN_VARIANTS, Report, Spec  # noqa: E402
from reportgen.values import T3_ORG_COLS  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# samples/: one report per format, both templates (README's main command reads them).
SAMPLES = [
    Spec("county_2021_report", "html", "2021", "county", ["label_linebreak"]),
    Spec("city_2019_report", "docx", "2019", "city", ["thousands_sep", "change_words"]),
    Spec("bureau_2021_report", "pdf", "2021", "dept", ["page_footer", "t2_split"]),
    Spec("town_2019_report", "doc", "2019", "town", ["zero_blank"]),
    Spec("street_2021_report", "txt", "2021", "street", ["heading_numbering_artifact"]),
]

# tests/data/reports/: one (or two) variations per report, in a format where it matters.
TESTS = [
    Spec("plain_2021", "txt", "2021", "county"),
    Spec("plain_2019", "txt", "2019", "town"),
    Spec("label_spacing_2021", "docx", "2021", "street", ["label_spacing"]),
    Spec("label_wording_2019", "html", "2019", "dept", ["label_wording"]),
    Spec("quote_style_2021", "txt", "2021", "dept", ["quote_style", "enum_style"]),
    Spec("enum_style_2019", "docx", "2019", "county", ["enum_style"]),
    Spec("label_linebreak_2021", "html", "2021", "town", ["label_linebreak"]),
    Spec("label_linebreak_2019", "docx", "2019", "street", ["label_linebreak"]),
    Spec("zero_blank_2021", "docx", "2021", "dept", ["zero_blank"]),
    Spec("zero_dash_2019", "html", "2019", "county", ["zero_dash"]),
    Spec("zero_slash_2021", "txt", "2021", "town", ["zero_slash"]),
    Spec("fullwidth_digits_2021", "html", "2021", "city", ["fullwidth_digits"]),
    Spec("thousands_sep_2019", "docx", "2019", "province", ["thousands_sep"]),
    Spec("change_words_2019", "txt", "2019", "city", ["change_words"]),
    Spec("subtotal_rows_2021", "docx", "2021", "city", ["subtotal_rows"]),
    Spec("subtotal_rows_2019", "txt", "2019", "dept", ["subtotal_rows"]),
    Spec("t2_split_2021", "html", "2021", "dept", ["t2_split"]),
    Spec("t4_two_header_rows_2021", "txt", "2021", "province", ["t4_two_header_rows"]),
    Spec("title_year_first_2019", "docx", "2019", "dept", ["title_year_first"]),
    Spec("title_two_lines_2021", "html", "2021", "county", ["title_two_lines"]),
    Spec("broken_t4_2021", "txt", "2021", "county", [], broken="t4"),
    Spec("broken_t3_2019", "docx", "2019", "city", [], broken="t3"),
    Spec("gb2312_2021", "html", "2021", "street", ["encoding_gb2312", "label_spacing"]),
    Spec("footer_linebreak_2021", "pdf", "2021", "county",
         ["page_footer", "label_linebreak", "t2_split", "title_two_lines"]),
    Spec("mixed_2019", "pdf", "2019", "dept",
         ["thousands_sep", "change_words", "zero_blank", "subtotal_rows"]),
    Spec("heading_artifact_2021", "txt", "2021", "street",
         ["heading_numbering_artifact", "label_linebreak", "zero_dash", "fullwidth_digits"]),
    Spec("title_two_lines_2019", "txt", "2019", "county", ["title_two_lines", "title_year_first"]),
    Spec("word97_2021", "doc", "2021", "province", ["subtotal_rows", "t4_two_header_rows"]),
    # Table 三's narrow columns wrap 1,804 as 1,80 / 4 in the PDF.
    Spec("thousands_wrap_2021", "pdf", "2021", "county", ["thousands_sep"]),
    # Table 四's page ends under the first line of its review sub-headers (结果 | 结果 | 其他 |
    # 尚未 | 总计), ruled along the break; the next page opens with 维持 | 纠正 | 结果 | 审结.
    Spec("cut_header_2019", "pdf", "2019", "county", ["enum_style"]),
]

# tests/data/region/: real agencies at every level (placed on the map), names shared by
# several places with and without a parent in the text, zones, invented agencies, and
# one agency over several years (carried-over numbers that agree and disagree, a year
# reported twice, a gap year). Text dumps and one page/DOCX each: the place is in the text.
HONGZE = "江苏省淮安市洪泽区人民政府"
XIHU = "杭州市西湖区人民政府"
REGION = [
    Spec("national_dept_2021", "txt", "2021", "dept", agency="国家统计局"),
    Spec("province_2021", "txt", "2021", "province", agency="江苏省人民政府"),
    Spec("province_dept_2022", "html", "2021", "dept", year=2022, agency="浙江省水利厅"),
    Spec("city_2021", "docx", "2021", "city", agency="江苏省淮安市人民政府"),
    Spec("county_dept_2021", "txt", "2021", "dept", agency="淮安市洪泽区教育局"),
    Spec("township_2021", "txt", "2021", "town", agency="北京市通州区永乐店镇人民政府"),
    Spec("street_2019", "txt", "2019", "street", agency="南京市鼓楼区宁海路街道办事处"),
    Spec("shared_name_2021", "txt", "2021", "county", agency="鼓楼区人民政府", address="鼓楼区"),
    Spec("shared_name_placed_2021", "txt", "2021", "county", agency="鼓楼区人民政府",
         address="福建省福州市鼓楼区"),
    Spec("zone_2021", "txt", "2021", "dept", agency="苏州工业园区管理委员会"),
    Spec("zone_address_2021", "txt", "2021", "dept", agency="高新技术产业开发区管理委员会",
         address="江苏省淮安市清江浦区"),
    Spec("invented_2021", "txt", "2021", "county", agency="澜江省青禾市云岭县人民政府"),
    Spec("misnested_2021", "txt", "2021", "county", agency="兰溪市城西区人民政府"),
    Spec("contradicted_2021", "txt", "2021", "county", agency="青羊区人民政府",
         address="锦官市青羊区"),
    Spec("hongze_2021", "txt", "2021", "county", year=2021, agency=HONGZE),
    Spec("hongze_2022", "txt", "2021", "county", year=2022, agency=HONGZE,
         carried_from="hongze_2021"),
    Spec("hongze_2023", "txt", "2021", "county", year=2023, agency=HONGZE,
         carried_from="hongze_2022", carried_off=2),
    Spec("hongze_2021_again", "txt", "2021", "county", year=2021, agency=HONGZE),
    Spec("hongze_2025", "txt", "2021", "county", year=2025, agency=HONGZE),
    # A report page and its attachment with the same numbers, and an attachment of the same
    # agency and year with other numbers (tests/dataset/reports_test.cpp links them).
    Spec("attachment_2021", "docx", "2021", "county", year=2021, agency=XIHU,
         address="浙江省杭州市西湖区"),
    Spec("attachment_page_2021", "html", "2021", "county", year=2021, agency=XIHU,
         address="浙江省杭州市西湖区", seed_from="attachment_2021"),
    Spec("attachment_other_2021", "docx", "2021", "county", year=2021, agency=XIHU,
         address="浙江省杭州市西湖区"),
]

OUTPUTS = {"samples": ("samples", SAMPLES), "tests": ("tests/data/reports", TESTS),
           "region": ("tests/data/region", REGION)}


def write_if_changed(path, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if os.path.exists(path):
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    with open(path, "wb") as f:
        f.write(data)
    return True


def pin_pdf_metadata(path):
    """Replace LibreOffice's creation date and document ID with fixed values of
    the same length (xref offsets stay valid), so reruns give equal bytes."""
    with open(path, "rb") as f:
        data = f.read()
    data = re.sub(rb"/CreationDate\(D:(\d{14})",
                  lambda m: b"/CreationDate(D:" + b"20240101000000", data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1)))
                  .replace(m.group(2), b"0" * len(m.group(2))), data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)",
                  lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)
    with open(path, "wb") as f:
        f.write(data)


def generate(specs, outdir, force=False, verbose=True):
    truth_dir = os.path.join(outdir, "truth")
    os.makedirs(truth_dir, exist_ok=True)
    sources_path = os.path.join(truth_dir, "sources.json")
    sources = {}
    if os.path.exists(sources_path):
        with open(sources_path, encoding="utf-8") as f:
            sources = json.load(f)
    stems = [s.name for s in specs]
    assert len(set(stems)) == len(stems), "report names must be unique"
    pending = {"pdf": [], "doc": []}
    reports = {}
    with tempfile.TemporaryDirectory(prefix="reportgen-") as tmp:
        for spec in specs:
            if spec.carried_from:
                last_year = reports[spec.carried_from].values
                spec.carried_in = {col: last_year[f"t3.carried_out.{col}"] for col in T3_ORG_COLS}
                spec.carried_in["natural"] += spec.carried_off
            report = Report(spec)
            reports[spec.name] = report
            path = os.path.join(outdir, spec.filename)
            if spec.fmt == "txt":
                changed = write_if_changed(path, text_writers.render_txt(report))
            elif spec.fmt == "html":
                gb = "encoding_gb2312" in spec.variants
                page = text_writers.render_html(report, "gb2312" if gb else "utf-8")
                changed = write_if_changed(path, page.encode("gb18030" if gb else "utf-8"))
            else:
                docx = docx_writer.build_docx(report)
                if spec.fmt == "docx":
                    changed = write_if_changed(path, docx)
                else:
                    digest = hashlib.sha256(docx).hexdigest()
                    changed = force or sources.get(spec.filename) != digest or \
                        not os.path.exists(path)
                    if changed:
                        src = os.path.join(tmp, f"{spec.name}.docx")
                        write_if_changed(src, docx)
                        pending[spec.fmt].append(src)
                        sources[spec.filename] = digest
            truth = json.dumps(report.truth(), ensure_ascii=False, indent=1) + "\n"
            write_if_changed(os.path.join(truth_dir, f"{spec.name}.truth.json"), truth)
            if verbose and spec.fmt not in ("pdf", "doc"):
                print(f"{'wrote' if changed else 'same '} {path}")
            elif verbose and not changed:
                print(f"same  {path}")
        for target, paths in pending.items():
            if not paths:
                continue
            results = docx_writer.convert_with_libreoffice(paths, target, outdir)
            for final in results.values():
                if target == "pdf":
                    pin_pdf_metadata(final)
                if verbose:
                    print(f"converted {final}")
    sources = {k: v for k, v in sources.items() if os.path.splitext(k)[0] in stems}
    write_if_changed(sources_path, json.dumps(sources, indent=1, sort_keys=True) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=sorted(OUTPUTS), help="one output set")
    parser.add_argument("--force", action="store_true", help="re-run LibreOffice")
    parser.add_argument("--list", action="store_true", help="print the specs")
    parser.add_argument("--out", help="write one custom report into this folder")
    parser.add_argument("--name", default="custom_report")
    parser.add_argument("--format", default="txt", choices=["txt", "html", "docx", "pdf", "doc"])
    parser.add_argument("--template", default="2021", choices=["2019", "2021"])
    parser.add_argument("--level", default="county",
                        choices=["town", "street", "county", "city", "province", "dept",
                                 "province_dept"])
    parser.add_argument("--year", type=int)
    parser.add_argument("--variant", action="append", default=[],
                        choices=sorted(KNOWN_VARIANTS - {"broken_total", "html_cms"}))
    parser.add_argument("--broken", choices=["t3", "t4"])
    parser.add_argument("--agency", help="the agency's name instead of an invented one")
    parser.add_argument("--address", help="the place its 联系 address starts with")
    args = parser.parse_args()
    if args.out:
        spec = Spec(args.name, args.format, args.template, args.level, args.variant,
                    year=args.year, broken=args.broken, agency=args.agency,
                    address=args.address)
        generate([spec], args.out, force=True)
        return
    sets = [args.only] if args.only else sorted(OUTPUTS)
    for key in sets:
        folder, specs = OUTPUTS[key]
        if args.list:
            for s in specs:
                print(f"{folder}/{s.filename}: {s.template} {s.level} {sorted(s.variants)}")
            continue
        generate(specs, os.path.join(ROOT, folder), force=args.force)


if __name__ == "__main__":
    main()
