#!/usr/bin/env python3
"""Every dev-corpus document extracted, and the shared never_silent.py run over the records:
no key of a truth file may be absent from both `values` and `missing`, none invented, no
`complete` record wrong, no printed cell called `not_printed`.

    never_silent_check.py NIANBAO_BINARY SHARED_DIR WORK_DIR

Exits 77 (ctest: skipped) with a message when SHARED_DIR/corpus/dev is absent. Image-only
scans (records warning `pdf.no_text_layer`) need OCR, which nianbao does not have yet: they
are excluded and named in the output; they must still be `no_data`.
"""
import json
import pathlib
import subprocess
import sys

SKIP = 77


def main():
    binary, shared, work = (pathlib.Path(arg) for arg in sys.argv[1:4])
    corpus = shared / "corpus" / "dev"
    checker = shared / "tools" / "never_silent.py"
    if not corpus.is_dir() or not checker.is_file():
        print(f"skipped: no dev corpus at {corpus} (or no {checker}); "
              "configure with -DNIANBAO_SHARED_DIR=<folder holding corpus/dev and tools/>")
        return SKIP
    documents = sorted(p for p in corpus.iterdir()
                       if p.is_file() and not p.name.endswith(".json"))
    work.mkdir(parents=True, exist_ok=True)
    records_path = work / "dev.jsonl"
    subprocess.run([str(binary), "extract", *map(str, documents), "-o", str(records_path)],
                   check=False)
    kept, scans, failures = [], [], []
    for line in records_path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        name = pathlib.Path(record["source"]["path"]).name
        codes = {warning.get("code") for warning in record.get("warnings", [])}
        if "pdf.no_text_layer" in codes:
            scans.append(name)
            if record.get("status") != "no_data":
                failures.append(f"{name}: a scan without OCR must be no_data, "
                                f"not {record.get('status')}")
            continue
        kept.append(line)
    if len(kept) + len(scans) != len(documents):
        failures.append(f"{len(documents)} documents gave {len(kept) + len(scans)} records")
    print(f"excluded as image-only scans (pdf.no_text_layer; need OCR): "
          f"{', '.join(scans) or 'none'}")
    filtered = work / "dev_text_bearing.jsonl"
    filtered.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
    result = subprocess.run([sys.executable, str(checker), str(corpus), str(filtered)],
                            capture_output=True, text=True)
    print(f"never_silent over {len(kept)} text-bearing records: {result.stdout.strip()}")
    if result.returncode != 0:
        failures.append("never_silent.py failed")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
