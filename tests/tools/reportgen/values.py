"""Table values of a synthetic report: generation, the SCHEMA.md checks, cell text.

Everything here works on a flat dict ``key -> number`` with the keys of
shared/SCHEMA.md (``t2.penalty.decisions``, ``t3.denied.security.natural``...).
"""

T3_COLS = ["natural", "commercial", "research", "social", "legal", "other_org", "total"]
T3_ORG_COLS = T3_COLS[:6]

DENIED = ["state_secret", "prohibited", "security", "third_party", "internal", "process",
          "case_file", "inquiry"]
UNAVAILABLE = ["not_held", "needs_creation", "unclear"]
UNPROCESSED = ["petition", "duplicate", "publication", "excessive", "confirmation"]
OTHER_2021 = ["no_correction", "no_fee", "other"]

T4_GROUPS = ["review", "suit_direct", "suit_after_review"]
T4_COLS = ["upheld", "corrected", "other", "pending", "total"]

# Relative weight of each applicant column (natural persons file most requests).
_COL_WEIGHT = {"natural": 1.0, "commercial": 0.25, "research": 0.02, "social": 0.03,
               "legal": 0.08, "other_org": 0.05}
# Relative weight of each result row.
_ROW_WEIGHT = {
    "granted": 0.35, "partial": 0.08,
    "denied.state_secret": 0.005, "denied.prohibited": 0.01, "denied.security": 0.005,
    "denied.third_party": 0.02, "denied.internal": 0.02, "denied.process": 0.02,
    "denied.case_file": 0.01, "denied.inquiry": 0.01,
    "unavailable.not_held": 0.2, "unavailable.needs_creation": 0.05,
    "unavailable.unclear": 0.03,
    "unprocessed.petition": 0.04, "unprocessed.duplicate": 0.03,
    "unprocessed.publication": 0.01, "unprocessed.excessive": 0.01,
    "unprocessed.confirmation": 0.01,
    "other.no_correction": 0.04, "other.no_fee": 0.005, "other.other": 0.02,
    "other.total": 0.06,
}


def result_leaf_rows(template):
    """The t3 rows whose sum is （七）总计, in table order."""
    rows = ["granted", "partial"]
    rows += ["denied." + r for r in DENIED]
    rows += ["unavailable." + r for r in UNAVAILABLE]
    rows += ["unprocessed." + r for r in UNPROCESSED]
    rows += ["other." + r for r in OTHER_2021] if template == "2021" else ["other.total"]
    return rows


def _draw(rng, mean):
    """A non-negative integer around ``mean``; often 0 when mean is small."""
    if mean <= 0:
        return 0
    if mean < 1:
        return 1 if rng.random() < mean else 0
    return max(0, int(round(rng.gauss(mean, mean * 0.45))))


def make_t3(rng, template, scale, subtotals, printed_carried_in=None):
    """Table 三 values that satisfy every t3 rule.  ``printed_carried_in``: column → the
    上年结转 number to print (last year's 结转下年度 of the same agency)."""
    values = {}
    leaves = result_leaf_rows(template)
    for col in T3_ORG_COLS:
        col_total = 0
        for row in leaves:
            n = _draw(rng, scale * _COL_WEIGHT[col] * _ROW_WEIGHT[row])
            values[f"t3.{row}.{col}"] = n
            col_total += n
        carried_out = _draw(rng, col_total * 0.06)
        carried_in = min(_draw(rng, col_total * 0.05), col_total + carried_out)
        if printed_carried_in and col in printed_carried_in:
            carried_in = printed_carried_in[col]
            carried_out = max(carried_out, carried_in - col_total)
        values[f"t3.total.{col}"] = col_total
        values[f"t3.carried_out.{col}"] = carried_out
        values[f"t3.carried_in.{col}"] = carried_in
        values[f"t3.new.{col}"] = col_total + carried_out - carried_in
    if subtotals:
        groups = {"denied": DENIED, "unavailable": UNAVAILABLE, "unprocessed": UNPROCESSED}
        if template == "2021":
            groups["other"] = OTHER_2021
        for group, members in groups.items():
            for col in T3_ORG_COLS:
                values[f"t3.{group}.total.{col}"] = sum(
                    values[f"t3.{group}.{m}.{col}"] for m in members)
    rows = sorted({k[3:k.rindex(".")] for k in values})
    for row in rows:
        values[f"t3.{row}.total"] = sum(values[f"t3.{row}.{c}"] for c in T3_ORG_COLS)
    return values


def make_t4(rng, scale):
    values = {}
    for group in T4_GROUPS:
        mean = max(0.3, scale * (0.02 if group == "review" else 0.008))
        parts = [_draw(rng, mean * w) for w in (0.5, 0.15, 0.2, 0.15)]
        for col, n in zip(T4_COLS[:4], parts):
            values[f"t4.{group}.{col}"] = n
        values[f"t4.{group}.total"] = sum(parts)
    return values


def _amount(rng, low, high):
    """A money amount with two decimals (as a float, exactly representable text)."""
    return round(rng.uniform(low, high), 2)


def make_t2(rng, template, level, big):
    """Table 二 values. ``big`` forces a few numbers over 1000 (thousands separators)."""
    v = {}
    makes_rules = level in ("province", "national")
    if template == "2021":
        for kind, mean in (("rules", 3 if makes_rules else 0), ("normative", 6)):
            issued = _draw(rng, mean)
            repealed = _draw(rng, mean * 0.4)
            v[f"t2.{kind}.issued"] = issued
            v[f"t2.{kind}.repealed"] = repealed
            v[f"t2.{kind}.in_force"] = issued + _draw(rng, mean * 8) if mean else 0
        v["t2.licensing.decisions"] = _draw(rng, 2600 if big else 180)
        v["t2.penalty.decisions"] = _draw(rng, 1800 if big else 60)
        v["t2.coercion.decisions"] = _draw(rng, 4)
        v["t2.fees.amount"] = _amount(rng, 1000, 30000) if big else (
            _amount(rng, 1, 300) if rng.random() < 0.5 else 0)
        return v
    for kind, mean in (("rules", 2 if makes_rules else 0), ("normative", 8)):
        made = _draw(rng, mean)
        v[f"t2.{kind}.made"] = made
        v[f"t2.{kind}.published"] = made
        v[f"t2.{kind}.total"] = made + _draw(rng, mean * 10) if mean else 0
    for kind, prev_mean, dec_mean in (("licensing", 300, 2400 if big else 200),
                                      ("other_services", 60, 90),
                                      ("penalty", 200, 1500 if big else 80),
                                      ("coercion", 20, 3)):
        v[f"t2.{kind}.prev_items"] = _draw(rng, prev_mean)
        v[f"t2.{kind}.change"] = rng.choice([0, 0, rng.randint(1, 12), -rng.randint(1, 6)])
        v[f"t2.{kind}.decisions"] = _draw(rng, dec_mean)
    v["t2.fees.prev_items"] = _draw(rng, 8)
    v["t2.fees.change"] = rng.choice([0, -1, 1])
    v["t2.procurement.items"] = _draw(rng, 40)
    v["t2.procurement.amount"] = _amount(rng, 1000, 20000) if big else _amount(rng, 10, 900)
    return v


def make_fee_sentence_values(rng):
    notices = rng.choice([0, 0, 0, 1, 2])
    billed = sum(rng.choice([50, 100, 120, 200, 360]) for _ in range(notices))
    collected = billed if rng.random() < 0.7 else billed // 2
    return {"s6.fee_notices": notices, "s6.fee_billed": billed, "s6.fee_collected": collected}


def failing_checks(values):
    """The SCHEMA.md rules that do not hold, computed from ``values``."""
    failing = []
    t3_cols = sorted({k.rsplit(".", 1)[1] for k in values if k.startswith("t3.")})
    for col in t3_cols:
        g = lambda row: values.get(f"t3.{row}.{col}")  # noqa: E731
        balance = [g("new"), g("carried_in"), g("total"), g("carried_out")]
        if None not in balance and balance[0] + balance[1] != balance[2] + balance[3]:
            failing.append(f"t3.balance.{col}")
        if g("other.no_correction") is not None:
            leaves = result_leaf_rows("2021")
        else:
            leaves = result_leaf_rows("2019")
        parts = [g(r) for r in leaves]
        if g("total") is not None and None not in parts and abs(g("total") - sum(parts)) > 1e-6:
            failing.append(f"t3.results.{col}")
    t3_rows = sorted({k[3:k.rindex(".")] for k in values if k.startswith("t3.")})
    for row in t3_rows:
        parts = [values.get(f"t3.{row}.{c}") for c in T3_ORG_COLS]
        total = values.get(f"t3.{row}.total")
        if total is not None and None not in parts and total != sum(parts):
            failing.append(f"t3.row.{row}")
    for group in T4_GROUPS:
        parts = [values.get(f"t4.{group}.{c}") for c in T4_COLS[:4]]
        total = values.get(f"t4.{group}.total")
        if total is not None and None not in parts and total != sum(parts):
            failing.append(f"t4.sum.{group}")
    return sorted(failing)


# ---------------------------------------------------------------- cell text

_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


class NumberStyle:
    """How numbers are written in the tables (the zero/digit/separator variants)."""

    def __init__(self, zero="0", fullwidth=False, thousands=False, change_words=False):
        self.zero = zero
        self.fullwidth = fullwidth
        self.thousands = thousands
        self.change_words = change_words

    def text(self, value, signed=False, decimal=False):
        if value == 0:
            return self.zero
        if signed and self.change_words:
            body = ("增加" if value > 0 else "减少") + self._digits(abs(value), decimal)
        elif signed:
            body = ("+" if value > 0 else "-") + self._digits(abs(value), decimal)
        else:
            body = self._digits(value, decimal)
        return body.translate(_FULLWIDTH) if self.fullwidth else body

    def _digits(self, value, decimal):
        if decimal and value != int(value):
            return f"{value:,.2f}" if self.thousands else f"{value:.2f}"
        return f"{int(value):,}" if self.thousands else str(int(value))
