#!/usr/bin/python3
"""Title, agency and year of records against their truth: right, wrong or missing, and
whether a warning flags what is not right.

    tests/tools/meta_errors.py --truth DIR/truth --pred records.jsonl [--list]

A field is flagged by a warning whose code names it (schema.uncertain_title,
schema.uncertain_agency, schema.uncertain_year; schema.no_title for a title not found, which
also leaves the agency out). Prints one line per field and, with --list, every field that is
not right.
"""
import argparse
import json
import sys
from pathlib import Path

FIELDS = ("title", "agency", "year")
FLAGS = {
    "title": {"schema.uncertain_title", "schema.uncertain_agency", "schema.uncertain_year",
              "schema.no_title"},
    "agency": {"schema.uncertain_agency", "schema.no_title"},
    "year": {"schema.uncertain_year"},
}


def truth_by_file(truth_dir: Path) -> dict:
    truths = {}
    for path in sorted(truth_dir.glob("*.truth.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        truths[truth.get("file", path.name.replace(".truth.json", ".pdf"))] = truth
    return truths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--truth", type=Path, required=True)
    parser.add_argument("--pred", type=Path, required=True)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    truths = truth_by_file(args.truth)
    counts = {field: {"right": 0, "wrong_flagged": 0, "wrong_silent": 0, "missing_flagged": 0,
                      "missing_silent": 0, "right_flagged": 0} for field in FIELDS}
    listed = []
    for line in args.pred.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        name = Path(record["source"]["path"]).name
        truth = truths.get(name)
        if truth is None:
            continue
        codes = {warning.get("code") for warning in record.get("warnings", [])}
        for field in FIELDS:
            got, want = record.get(field), truth.get(field)
            flagged = bool(codes & FLAGS[field])
            if got == want:
                counts[field]["right_flagged" if flagged else "right"] += 1
                continue
            kind = "missing" if got in (None, "") else "wrong"
            kind += "_flagged" if flagged else "_silent"
            counts[field][kind] += 1
            listed.append(f"{name}: {field} {kind}: {got!r} (truth {want!r})")
    for field in FIELDS:
        print(field.ljust(7), " ".join(f"{key}={value}" for key, value in counts[field].items()))
    if args.list:
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
