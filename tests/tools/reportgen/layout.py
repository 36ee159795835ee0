"""The three template tables as grids, with the label variants applied.

A table is a ``Grid``: a list of rows, each a list of slots.  A slot is either
the text of a cell (the cell's top-left slot), ``LEFT`` (covered by the cell
to its left, same row) or ``UP`` (covered by a cell that starts in a row above).
Merged cells are rectangles.  Writers turn this into colspan/rowspan,
gridSpan/vMerge or the seed's text-dump lines.
"""

from .values import (DENIED, OTHER_2021, T3_COLS, T4_COLS, T4_GROUPS, UNAVAILABLE,
                     UNPROCESSED)

LEFT = "\x00L"
UP = "\x00U"
MARKERS = (LEFT, UP)


class Grid:
    def __init__(self, rows, kind):
        width = {len(r) for r in rows}
        assert len(width) == 1, f"ragged {kind} table: {width}"
        self.rows = rows
        self.kind = kind  # "t2", "t3" or "t4"

    @property
    def ncols(self):
        return len(self.rows[0])

    def spans(self, row_idx, col_idx):
        """(rowspan, colspan) of the cell whose top-left slot is here."""
        colspan = 1
        while (col_idx + colspan < self.ncols
               and self.rows[row_idx][col_idx + colspan] == LEFT):
            colspan += 1
        rowspan = 1
        while (row_idx + rowspan < len(self.rows)
               and self.rows[row_idx + rowspan][col_idx] == UP):
            rowspan += 1
        return rowspan, colspan

    def origin_col(self, row_idx, col_idx):
        """For an UP slot: True when it is the first column of the merged cell."""
        r = row_idx
        while self.rows[r][col_idx] == UP:
            r -= 1
        return self.rows[r][col_idx] != LEFT


class LabelStyle:
    """The label variants of SCHEMA/corpus README (spacing, wording, quotes...)."""

    def __init__(self, spacing=False, wording=False, quote="“”", enum=False,
                 enum_item="、", linebreak=False):
        self.spacing = spacing
        self.wording = wording
        self.quote = quote
        self.enum = enum
        self.enum_item = enum_item
        self.linebreak = linebreak

    def group(self, numeral):
        return f"({numeral})" if self.enum else f"（{numeral}）"

    def item(self, n):
        return f"{n}{self.enum_item}" if self.enum else f"{n}."

    def other(self, text):
        return text.replace("其他", "其它") if self.wording else text

    def spaced(self, text, spaced_text):
        return spaced_text if self.spacing else text

    def broken(self, text, at):
        """``text`` with a line break after ``at`` characters (label_linebreak)."""
        if not self.linebreak or at >= len(text):
            return text
        return text[:at] + "\n" + text[at:]

    def quoted(self, text):
        if len(self.quote) == 2:
            return self.quote[0] + text + self.quote[1]
        return text


# ------------------------------------------------------------------ table 二

def _banner(style, numeral):
    return [f"第二十条第{style.group(numeral)}项", LEFT, LEFT, LEFT]


def _info_header(style, *labels):
    head = [style.spaced("信息内容", "信 息 内 容")]
    cells = list(labels)
    while len(cells) < 3:
        cells.append(LEFT)
    return head + cells


def t2_blocks_2021(style, values, numbers):
    n = numbers.text
    ls = style
    blocks = [
        [_banner(ls, "一"),
         _info_header(ls, ls.broken("本年制发件数", 4), ls.broken("本年废止件数", 4),
                      ls.broken("现行有效件数", 4)),
         [ls.spaced("规章", "规　　章")] + [n(values[f"t2.rules.{c}"])
                                       for c in ("issued", "repealed", "in_force")],
         [ls.broken("行政规范性文件", 4)] + [n(values[f"t2.normative.{c}"])
                                        for c in ("issued", "repealed", "in_force")]],
        [_banner(ls, "五"),
         _info_header(ls, "本年处理决定数量"),
         ["行政许可", n(values["t2.licensing.decisions"]), LEFT, LEFT]],
        [_banner(ls, "六"),
         _info_header(ls, "本年处理决定数量"),
         ["行政处罚", n(values["t2.penalty.decisions"]), LEFT, LEFT],
         ["行政强制", n(values["t2.coercion.decisions"]), LEFT, LEFT]],
        [_banner(ls, "八"),
         _info_header(ls, ls.broken("本年收费金额（单位：万元）", 6)),
         [ls.broken("行政事业性收费", 4), n(values["t2.fees.amount"], decimal=True), LEFT,
          LEFT]],
    ]
    return blocks


def t2_blocks_2019(style, values, numbers):
    n = numbers.text
    ls = style

    def item_row(label, kind):
        return [label, n(values[f"t2.{kind}.prev_items"]),
                n(values[f"t2.{kind}.change"], signed=True), n(values[f"t2.{kind}.decisions"])]

    item_head = _info_header(ls, ls.broken("上一年项目数量", 3), "本年增/减",
                             ls.broken("处理决定数量", 4))
    blocks = [
        [_banner(ls, "一"),
         _info_header(ls, ls.broken("本年新制作数量", 3), ls.broken("本年新公开数量", 3),
                      ls.broken("对外公开总数量", 4)),
         [ls.spaced("规章", "规　　章")] + [n(values[f"t2.rules.{c}"])
                                       for c in ("made", "published", "total")],
         [ls.broken("规范性文件", 3)] + [n(values[f"t2.normative.{c}"])
                                     for c in ("made", "published", "total")]],
        [_banner(ls, "五"), item_head,
         item_row("行政许可", "licensing"),
         item_row(ls.broken(ls.other("其他对外管理服务事项"), 6), "other_services")],
        [_banner(ls, "六"), list(item_head),
         item_row("行政处罚", "penalty"),
         item_row("行政强制", "coercion")],
        [_banner(ls, "八"),
         _info_header(ls, ls.broken("上一年项目数量", 3), "本年增/减"),
         [ls.broken("行政事业性收费", 4), n(values["t2.fees.prev_items"]),
          n(values["t2.fees.change"], signed=True), LEFT]],
        [_banner(ls, "九"),
         _info_header(ls, "采购项目数量", "采购总金额"),
         ["政府集中采购", n(values["t2.procurement.items"]),
          n(values["t2.procurement.amount"], decimal=True), LEFT]],
    ]
    return blocks


def t2_grids(template, style, values, numbers, split):
    make = t2_blocks_2021 if template == "2021" else t2_blocks_2019
    blocks = make(style, values, numbers)
    if split:
        return [Grid(block, "t2") for block in blocks]
    return [Grid([row for block in blocks for row in block], "t2")]


# ------------------------------------------------------------------ table 三

_NUMERALS = "一二三四五六七"


def _t3_header(style):
    ls = style
    org = "法人或者其他组织" if ls.wording else "法人或其他组织"
    corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    return [
        [corner, LEFT, LEFT, "申请人情况", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
        [UP, UP, UP, ls.spaced("自然人", "自　然　人"), org, LEFT, LEFT, LEFT, LEFT,
         ls.spaced("总计", "总　计")],
        [UP, UP, UP, UP, ls.broken("商业企业", 2), ls.broken("科研机构", 2),
         ls.broken("社会公益组织", 4), ls.broken("法律服务机构", 4),
         ls.other(ls.spaced("其他", "其　他")), UP],
    ]


def _t3_groups(template, style):
    """[(group label, [(row key, leaf label)])] for （三）…（六）."""
    ls = style
    item = ls.item
    denied = ["属于国家秘密", "其他法律行政法规禁止公开", "危及" + ls.quoted("三安全一稳定"),
              "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息",
              "属于行政执法案卷", "属于行政查询事项"]
    unavailable = ["本机关不掌握相关政府信息", "没有现成信息需要另行制作",
                   "补正后申请内容仍不明确"]
    unprocessed = ["信访举报投诉类申请", "重复申请", "要求提供公开出版物",
                   "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"]
    other = ["申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
             "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
             ls.other("其他")]

    def leaves(group, keys, labels):
        return [(f"{group}.{k}",
                 item(i + 1) + text if "三安全" in text else ls.broken(item(i + 1) + text, 9))
                for i, (k, text) in enumerate(zip(keys, labels))]

    groups = [
        (ls.group("三") + "不予公开", leaves("denied", DENIED, denied)),
        (ls.group("四") + "无法提供", leaves("unavailable", UNAVAILABLE, unavailable)),
        (ls.group("五") + "不予处理", leaves("unprocessed", UNPROCESSED, unprocessed)),
    ]
    if template == "2021":
        groups.append((ls.other(ls.group("六") + "其他处理"),
                       leaves("other", OTHER_2021, other)))
    return groups


def _t3_label_rows(template, style, subtotals, subtotal_first):
    """[(row key, [slot0, slot1, slot2])] for the data rows of table 三."""
    ls = style
    rows = [("new", [ls.broken("一、本年新收政府信息公开申请数量", 8), LEFT, LEFT]),
            ("carried_in", [ls.broken("二、上年结转政府信息公开申请数量", 8), LEFT, LEFT])]
    results = [("granted", [ls.group("一") + "予以公开", LEFT]),
               ("partial", [ls.broken(ls.group("二") + "部分公开（区分处理的，只计这一情形，"
                                      "不计其他情形）", 7), LEFT])]
    for group_label, leaves in _t3_groups(template, style):
        group_key = leaves[0][0].split(".")[0]
        members = [(key, label) for key, label in leaves]
        if subtotals:
            subtotal = (f"{group_key}.total", ls.spaced("小计", "小　计"))
            members = [subtotal] + members if subtotal_first else members + [subtotal]
        for idx, (key, label) in enumerate(members):
            results.append((key, [group_label if idx == 0 else UP, label]))
    if template == "2019":
        results.append(("other.total", [ls.other(ls.group("六") + "其他处理"), LEFT]))
    results.append(("total", [ls.group("七") + ls.spaced("总计", "总　计"), LEFT]))
    for idx, (key, slots) in enumerate(results):
        first = ls.broken("三、本年度办理结果", 5) if idx == 0 else UP
        rows.append((key, [first] + slots))
    rows.append(("carried_out", [ls.broken("四、结转下年度继续办理", 6), LEFT, LEFT]))
    return rows


def t3_grid(template, style, values, numbers, subtotals, subtotal_first):
    grid = _t3_header(style)
    for key, slots in _t3_label_rows(template, style, subtotals, subtotal_first):
        grid.append(slots + [numbers.text(values[f"t3.{key}.{col}"]) for col in T3_COLS])
    return Grid(grid, "t3")


# ------------------------------------------------------------------ table 四

def _t4_subheaders(style):
    ls = style
    return [ls.broken("结果维持", 2), ls.broken("结果纠正", 2),
            ls.broken(ls.other("其他结果"), 2), ls.broken("尚未审结", 2),
            ls.spaced("总计", "总　计")]


def t4_grid(style, values, numbers, two_header_rows):
    subs = _t4_subheaders(style)
    data = [numbers.text(values[f"t4.{g}.{c}"]) for g in T4_GROUPS for c in T4_COLS]
    if two_header_rows:
        head = [["行政复议"] + [LEFT] * 4 + ["行政诉讼（未经复议直接起诉）"] + [LEFT] * 4
                + ["行政诉讼（复议后起诉）"] + [LEFT] * 4,
                subs * 3]
        return Grid(head + [data], "t4")
    head = [["行政复议"] + [LEFT] * 4 + ["行政诉讼"] + [LEFT] * 9,
            list(subs) + [style.broken("未经复议直接起诉", 4)] + [LEFT] * 4
            + ["复议后起诉"] + [LEFT] * 4,
            [UP] * 5 + subs * 2]
    return Grid(head + [data], "t4")
