#!/usr/bin/env python3
"""Writes the pages of this folder (run from anywhere; rewrites them): 2021 reports laid out
the ways published reports are, for the schema tests of issue 13.

  group_across_tables.html  (and .txt, a text dump of the same report, and .docx, LibreOffice's
                            conversion of the page) table 三 broken after （四）无法提供's first row, a page number
                            and a running header between, the continued rows without the
                            group column; ⼈⺠ radicals in the title and a label.
  variants.html             a damaged label (2.其他法律行政止公开), （六）其他处理 as one row,
                            table 二 without its 规章 row.

In every table 三 the 自然人 column holds the row's figure, 总计 repeats it, the other
columns are 0.
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

OTHER_ROWS = [
    ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 0),
    ("", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 0),
    ("", "3.其他", 1),
]


def table3_rows(prohibited_label="2.其他法律行政法规禁止公开", other_rows=OTHER_ROWS):
    """(group, label, figure); group None: the label spans both label columns."""
    return [
        (None, "一、本年新收政府信息公开申请数量", 9),
        (None, "二、上年结转政府信息公开申请数量", 1),
        ("三、本年度办理结果", "（一）予以公开", 4),
        ("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1),
        ("（三）不予公开", "1.属于国家秘密", 0),
        ("", prohibited_label, 1),
        ("", "3.危及“三安全一稳定”", 0),
        ("", "4.保护第三方合法权益", 0),
        ("", "5.属于三类内部事务信息", 0),
        ("", "6.属于四类过程性信息", 0),
        ("", "7.属于行政执法案卷", 0),
        ("", "8.属于行政查询事项", 0),
        ("（四）无法提供", "1.本机关不掌握相关政府信息", 1),
        ("", "2.没有现成信息需要另行制作", 0),
        ("", "3.补正后申请内容仍不明确", 0),
        ("（五）不予处理", "1.信访举报投诉类申请", 0),
        ("", "2.重复申请", 1),
        ("", "3.要求提供公开出版物", 0),
        ("", "4.无正当理由大量反复申请", 0),
        ("", "5.要求行政机关确认或重新出具已获取信息", 0),
        *other_rows,
        (None, "（七）总计", 9),
        (None, "四、结转下年度继续办理", 1),
    ]


HEADER3 = """<tr><td rowspan="3" colspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
"""


def cells(figure):
    return "".join(f"<td>{v}</td>" for v in (figure, 0, 0, 0, 0, 0, figure))


def table3(rows):
    """Rows as HTML; a group label's cell spans its rows within this table (a table that
    continues a group has no cell for it: one label column fewer)."""
    out = []
    for idx, (group, label, figure) in enumerate(rows):
        if group is None:
            out.append(f'<tr><td colspan="2">{label}</td>{cells(figure)}</tr>')
            continue
        if group:
            span = 1
            while idx + span < len(rows) and rows[idx + span][0] == "":
                span += 1
            out.append(f'<tr><td rowspan="{span}">{group}</td><td>{label}</td>{cells(figure)}</tr>')
        else:
            out.append(f"<tr><td>{label}</td>{cells(figure)}</tr>")
    return "\n".join(out)


def table2(with_rules=True):
    rules = "<tr><td>规章</td><td>1</td><td>0</td><td>5</td></tr>" if with_rules else ""
    return f"""<table border="1">
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
{rules}
<tr><td>行政规范性文件</td><td>2</td><td>1</td><td>9</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>⾏政许可</td><td colspan="3">77</td></tr>
<tr><td>行政处罚</td><td colspan="3">8</td></tr>
<tr><td>行政强制</td><td colspan="3">0</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">0.5</td></tr>
</table>"""


TABLE4 = """<table border="1">
<tr><td rowspan="2" colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>""" + "".join(f"<td>{label}</td>" for _ in range(3)
                  for label in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) + """</tr>
<tr>""" + "".join(f"<td>{v}</td>" for v in (1, 0, 0, 0, 1) + (0,) * 10) + """</tr>
</table>"""


def page(title, body):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<h1>{title}</h1>
<p>一、总体情况</p>
<p>本年度，本局认真落实政府信息公开工作要求。</p>
<p>二、主动公开政府信息情况</p>
{table2(with_rules=body.get("rules", True))}
<p>三、收到和处理政府信息公开申请情况</p>
{body["table3"]}
<p>四、政府信息公开行政复议、行政诉讼情况</p>
{TABLE4}
<p>五、存在的主要问题及改进情况</p>
<p>信息更新不够及时。</p>
<p>六、其他需要报告的事项</p>
<p>本机关发出收费通知的件数为0件，总金额为0元，实际收取的总金额为0元。</p>
</body></html>
"""


def group_across_tables():
    rows = table3_rows()
    split = next(i for i, row in enumerate(rows) if row[1] == "1.本机关不掌握相关政府信息") + 1
    head = f'<table border="1">\n{HEADER3}{table3(rows[:split])}\n</table>'
    tail = f'<table border="1">\n{table3(rows[split:])}\n</table>'
    title = "⻘禾市林业局2021年政府信息公开⼯作年度报告"
    between = "<p>- 3 -</p>\n<p>青禾市林业局2021年政府信息公开工作年度报告</p>"
    return page(title, {"table3": f"{head}\n{between}\n{tail}"})


def variants():
    rows = table3_rows(prohibited_label="2.其他法律行政止公开",
                       other_rows=[("", "（六）其他处理", 1)])
    table = f'<table border="1">\n{HEADER3}{table3(rows)}\n</table>'
    return page("青禾市林业局2021年政府信息公开工作年度报告",
                {"table3": table, "rules": False})


def dump_table(rows):
    """A text dump's table: one tab line per cell, a blank line after each row."""
    return "".join("".join(f"\t{cell}\n" for cell in row) + "\n" for row in rows) + "\n"


def dump_table3(rows, with_header):
    out = []
    if with_header:
        out += [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
                ["", "自然人", "法人或其他组织", "总计"],
                ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]]
    for group, label, figure in rows:
        labels = [label] if group is None or (group == "" and not with_header) else [group, label]
        out.append(labels + [str(v) for v in (figure, 0, 0, 0, 0, 0, figure)])
    return dump_table(out)


def group_across_tables_dump():
    rows = table3_rows()
    split = next(i for i, row in enumerate(rows) if row[1] == "1.本机关不掌握相关政府信息") + 1
    t2 = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "1", "0", "5"],
          ["行政规范性文件", "2", "1", "9"], ["信息内容", "本年处理决定数量"], ["⾏政许可", "77"],
          ["行政处罚", "8"], ["行政强制", "0"], ["信息内容", "本年收费金额（单位：万元）"],
          ["行政事业性收费", "0.5"]]
    leaves = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3
    t4 = [["行政复议", "行政诉讼"], ["未经复议直接起诉", "复议后起诉"], leaves,
          [str(v) for v in (1, 0, 0, 0, 1) + (0,) * 10]]
    return ("⻘禾市林业局2021年政府信息公开⼯作年度报告\n一、总体情况\n本年度，本局认真落实政府信息公开工作要求。\n"
            "二、主动公开政府信息情况\n" + dump_table(t2) +
            "三、收到和处理政府信息公开申请情况\n" + dump_table3(rows[:split], True) +
            "- 3 -\n青禾市林业局2021年政府信息公开工作年度报告\n" + dump_table3(rows[split:], False) +
            "四、政府信息公开行政复议、行政诉讼情况\n" + dump_table(t4) +
            "五、存在的主要问题及改进情况\n信息更新不够及时。\n六、其他需要报告的事项\n"
            "本机关发出收费通知的件数为0件，总金额为0元，实际收取的总金额为0元。\n")


def main():
    (HERE / "group_across_tables.html").write_text(group_across_tables(), encoding="utf-8")
    (HERE / "group_across_tables.txt").write_text(group_across_tables_dump(), encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", profile,
                        str(HERE / "group_across_tables.html")], check=True,
                       capture_output=True)
        shutil.copy(Path(profile) / "group_across_tables.docx", HERE)
    (HERE / "variants.html").write_text(variants(), encoding="utf-8")


if __name__ == "__main__":
    main()
