"""One synthetic report: spec -> content blocks + truth record."""

import hashlib
import random

from . import layout, prose, values as V

# Variant names, as in shared/corpus/README.md (plus broken_total, ours).
KNOWN_VARIANTS = {
    "title_year_first", "title_two_lines", "label_spacing", "label_wording", "quote_style",
    "enum_style", "label_linebreak", "zero_blank", "zero_dash", "zero_slash",
    "fullwidth_digits", "thousands_sep", "change_words", "subtotal_rows", "t2_split",
    "t4_two_header_rows", "page_footer", "heading_numbering_artifact", "encoding_gb2312",
    "html_cms", "broken_total",
}

HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项"]
ARTIFACT_HEADINGS = {1: "2、 主动公开政府信息情况", 2: "3、 收到和处理政府信息公开申请情况",
                     3: "4、 政府信息公开行政复议、行政诉讼情况"}

# Mean number of requests a year, by level (drives table 三 and 四).
_SCALE = {"town": 4, "street": 6, "county": 60, "city": 220, "province": 500, "dept": 35}


class Spec:
    """What to generate: ``name`` (file stem), format, template, level, variants.

    ``broken`` is None, "t4" (one t4 total off by some units: one failing check)
    or "t3" (the （七）总计 total cell off: three failing checks).
    """

    def __init__(self, name, fmt, template, level, variants=(), year=None, broken=None,
                 agency=None, address=None, carried_from=None, carried_off=0, seed_from=None):
        unknown = set(variants) - KNOWN_VARIANTS
        assert not unknown, f"unknown variants {unknown}"
        assert fmt in ("txt", "html", "docx", "pdf", "doc")
        assert template in ("2019", "2021")
        self.name, self.fmt, self.template, self.level = name, fmt, template, level
        self.variants = set(variants)
        if broken:
            self.variants.add("broken_total")
        if fmt == "html":
            self.variants.add("html_cms")
        self.broken = broken
        self.year = year
        # A real-looking agency instead of an invented one: its name as in the title, and
        # the place its 联系 address starts with (default: the agency's own name).
        self.agency, self.address = agency, address
        # Two years of one agency: this report's 上年结转 is the 结转下年度 of the report
        # named ``carried_from``, its 自然人 column off by ``carried_off``.
        self.carried_from, self.carried_off = carried_from, carried_off
        self.carried_in = None  # filled by make_reports.generate from carried_from
        # seed_from: the same report (text and numbers) as the spec of that name, in this
        # spec's format (a page and its attachment).
        self.seed = int(hashlib.sha256((seed_from or name).encode()).hexdigest()[:12], 16)

    @property
    def filename(self):
        return f"{self.name}.{self.fmt}"


class Report:
    """Blocks to render plus the truth record."""

    def __init__(self, spec):
        self.spec = spec
        rng = random.Random(spec.seed)
        has = spec.variants.__contains__
        template = spec.template
        self.year = spec.year or (rng.choice([2019, 2020]) if template == "2019"
                                  else rng.choice([2021, 2022, 2023, 2024]))
        self.agency = prose.make_agency(rng, spec.level)
        if spec.agency:
            self.agency = prose.Agency(spec.agency, spec.agency, "我单位", self.agency.level,
                                       self.agency.office, self.agency.rule_maker,
                                       address=spec.address)
        self.title_lines = self._title_lines(has)
        self.title = "".join(self.title_lines)
        big = has("thousands_sep")
        level = "province" if self.agency.rule_maker else self.agency.level
        scale = 2600 if big else _SCALE[self.agency.level]
        vals = V.make_t2(rng, template, level, big)
        vals.update(V.make_t3(rng, template, scale, has("subtotal_rows"), spec.carried_in))
        vals.update(V.make_t4(rng, scale))
        if template == "2021":
            vals.update(V.make_fee_sentence_values(rng))
        self._break(rng, vals, spec.broken)
        self.values = vals
        self.numbers = V.NumberStyle(
            zero="" if has("zero_blank") else "—" if has("zero_dash") else
            "/" if has("zero_slash") else "0",
            fullwidth=has("fullwidth_digits"), thousands=big,
            change_words=has("change_words"))
        quote = rng.choice(['""', "「」", "‘’", ""]) if has("quote_style") else "“”"
        self.labels = layout.LabelStyle(
            spacing=has("label_spacing"), wording=has("label_wording"), quote=quote,
            enum=has("enum_style"), enum_item=rng.choice(["、", "．"]),
            linebreak=has("label_linebreak"))
        self.blocks, self.sections_contain = self._blocks(rng, has)

    def _title_lines(self, has):
        name, year = self.agency.name, self.year
        if has("title_year_first"):
            lines = [f"{year}年{name}", "政府信息公开工作年度报告"]
        else:
            lines = [name, f"{year}年政府信息公开工作年度报告"]
        return lines if has("title_two_lines") else ["".join(lines)]

    @staticmethod
    def _break(rng, vals, broken):
        if broken == "t4":
            group = rng.choice(V.T4_GROUPS)
            vals[f"t4.{group}.total"] += rng.randint(1, 3)
        elif broken == "t3":
            vals["t3.total.total"] += rng.randint(1, 3)
        else:
            assert broken is None, broken

    def _heading(self, idx, has):
        if has("heading_numbering_artifact") and idx in ARTIFACT_HEADINGS:
            return ARTIFACT_HEADINGS[idx]
        return HEADINGS[idx]

    def _blocks(self, rng, has):
        """[(kind, payload)]: title, p, heading, sub, table (a layout.Grid)."""
        spec, vals, agency, year = self.spec, self.values, self.agency, self.year
        blocks = [("title", self.title_lines), ("intro", prose.intro(rng, agency, year,
                                                                 has("encoding_gb2312")))]
        blocks.append(("heading", self._heading(0, has)))
        part1 = prose.part1(rng, agency, year, vals["t3.new.total"])
        blocks += part1
        blocks.append(("heading", self._heading(1, has)))
        for grid in layout.t2_grids(spec.template, self.labels, vals, self.numbers,
                                    has("t2_split")):
            blocks.append(("table", grid))
        blocks.append(("heading", self._heading(2, has)))
        blocks.append(("table", layout.t3_grid(spec.template, self.labels, vals, self.numbers,
                                               has("subtotal_rows"), rng.random() < 0.5)))
        blocks.append(("heading", self._heading(3, has)))
        blocks.append(("table", layout.t4_grid(self.labels, vals, self.numbers,
                                               has("t4_two_header_rows"))))
        blocks.append(("heading", self._heading(4, has)))
        part5 = prose.part5(rng, agency, year)
        blocks += part5
        blocks.append(("heading", self._heading(5, has)))
        fees = {k: v for k, v in vals.items() if k.startswith("s6.")}
        part6 = prose.part6(rng, agency, year, spec.template, fees)
        blocks += part6
        contain = {"s1": part1[4][1][:18], "s5": part5[0][1][:16]}
        if spec.template == "2021":
            text = part6[0][1]
            start = text.index(f"{year}年发出")
            contain["s6"] = text[start:start + 18]
        else:
            contain["s6"] = part6[0][1][:16]
        return blocks, contain

    def truth(self, pages=None):
        spec = self.spec
        record = {
            "file": spec.filename,
            "format": spec.fmt,
            "title": self.title,
            "agency": self.agency.name,
            "year": self.year,
            "template": spec.template,
            "values": dict(sorted(self.values.items())),
            "failing_checks": V.failing_checks(self.values),
            "sections_contain": self.sections_contain,
            "variants": sorted(spec.variants),
        }
        if pages is not None:
            record["pages"] = pages
        return record
