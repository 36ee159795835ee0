"""Text dump (the seed's layout) and government-portal HTML writers."""

import html
import random

from .layout import LEFT, MARKERS, UP

# ------------------------------------------------------------------ txt


def _txt_table(grid):
    """One tab-prefixed line per Word cell; a vertical-merge continuation is an
    empty tab line, a horizontally covered slot gives nothing; blank line after
    each row (the layout of shared/seeds/000_*.txt)."""
    lines = []
    for row_idx, row in enumerate(grid.rows):
        for col_idx, slot in enumerate(row):
            if slot == LEFT:
                continue
            if slot == UP:
                if grid.origin_col(row_idx, col_idx):
                    lines.append("\t")
                continue
            lines.append("\t" + slot)
        lines.append("")
    return lines


def render_txt(report):
    out = []
    blocks = report.blocks
    for idx, (kind, payload) in enumerate(blocks):
        next_kind = blocks[idx + 1][0] if idx + 1 < len(blocks) else None
        if kind == "title":
            out += payload + [""]
        elif kind == "intro":
            out.append("\u3000   " + payload)
        elif kind == "heading":
            if out[-1] != "" and (next_kind == "table" or payload.startswith("六")):
                out.append("")
            out.append(payload)
            if next_kind == "table":
                out.append("")
        elif kind == "table":
            out += _txt_table(payload) + ["", ""]
        else:
            out.append(payload)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ html

_P_STYLE = "text-indent:30.0pt;line-height:28.0pt;mso-line-height-rule:exactly"
_SPAN_BODY = "font-size:15.0pt;font-family:仿宋_GB2312"
_SPAN_CELL = "font-size:9.0pt;font-family:仿宋_GB2312"
_TD_STYLE = "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt"


def _cell_paragraph(rng, line):
    if line == "":
        return '<p class="MsoNormal" align="center"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>'
    text = html.escape(line, quote=False)
    if len(line) > 3 and rng.random() < 0.3:
        cut = rng.randint(1, len(line) - 1)
        spans = [html.escape(line[:cut], quote=False), html.escape(line[cut:], quote=False)]
    else:
        spans = [text]
    body = "".join(f'<span style="{_SPAN_CELL}">{s}</span>' for s in spans)
    return f'<p class="MsoNormal" align="center">{body}<o:p></o:p></p>'


def _html_table(rng, grid):
    width = 590
    col_w = width // grid.ncols
    out = ['<div align="center">',
           f'<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
           f'width="{width}" style="width:442.3pt;border-collapse:collapse;border:none;'
           f'mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;'
           f'mso-padding-alt:0cm 5.4pt 0cm 5.4pt">', "<tbody>"]
    for row_idx, row in enumerate(grid.rows):
        out.append(f'<tr style="mso-yfti-irow:{row_idx};height:20.2pt">')
        for col_idx, slot in enumerate(row):
            if slot in MARKERS:
                continue
            rowspan, colspan = grid.spans(row_idx, col_idx)
            attrs = f' width="{col_w * colspan}"'
            if colspan > 1:
                attrs += f' colspan="{colspan}"'
            if rowspan > 1:
                attrs += f' rowspan="{rowspan}"'
            paras = "\n".join(_cell_paragraph(rng, line) for line in slot.split("\n"))
            out.append(f'<td{attrs} valign="center" style="width:{col_w * colspan * 0.75:.1f}pt;'
                       f'{_TD_STYLE}">\n{paras}\n</td>')
        out.append("</tr>")
    out += ["</tbody>", "</table>", "</div>",
            '<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>']
    return "\n".join(out)


def _body_paragraph(text, bold=False, font=_SPAN_BODY):
    inner = f'<span style="{font}">{html.escape(text, quote=False)}</span>'
    if bold:
        inner = f"<b>{inner}</b>"
    return f'<p class="MsoNormal" style="{_P_STYLE}">{inner}</p>'


def _article(report):
    rng = random.Random(report.spec.seed ^ 0x5EED)
    parts = []
    for kind, payload in report.blocks:
        if kind == "title":
            lines = "<br />".join(html.escape(line) for line in payload)
            parts.append('<p class="MsoNormal" align="center" style="text-align:center;'
                         'line-height:28.0pt;mso-line-height-rule:exactly"><b>'
                         f'<span style="font-size:18.0pt;font-family:宋体">{lines}</span>'
                         "</b></p>")
        elif kind == "heading":
            parts.append(_body_paragraph(payload, bold=True,
                                         font="font-size:15.0pt;font-family:黑体"))
        elif kind == "sub":
            parts.append(_body_paragraph(payload, font="font-size:15.0pt;font-family:楷体_GB2312"))
        elif kind == "table":
            parts.append(_html_table(rng, payload))
        else:
            parts.append(_body_paragraph(payload))
    return "\n".join(parts)


_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="{charset}" />
<meta name="SiteName" content="{site}" />
<meta name="ColumnName" content="政府信息公开年报" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="{pub}" />
<title>{title}_{site}</title>
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}</script>
</head>
<body>
<div class="top-bar"><a href="/wza/">无障碍</a> | <a href="/m/">手机版</a> | <a href="/rss/">订阅</a></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}" /></div>
<div class="search"><form action="/search" method="get"><input type="text" name="q" value="请输入关键字" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zcwj/">政策文件</a></li></ul></div>
<div class="main">
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<div class="article">
<div class="article-title"><h1>{title}</h1></div>
<div class="article-info">发布日期：{date}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：{office}&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">{hits}</span>&nbsp;&nbsp;&nbsp;&nbsp;字号：[ <a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a> ]</div>
<div class="article-content" id="zoom">
<div class="TRS_Editor">
{article}
</div>
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/zwgk/ndbg/{prev}.html">{prev_year}年政府信息公开工作年度报告</a></li><li><a href="/zwgk/zn/">政府信息公开指南</a></li><li><a href="/zwgk/ml/">政府信息公开目录</a></li></ul></div>
</div>
</div>
<div class="footer">
<p>主办单位：{site_owner}&nbsp;&nbsp;承办：{office}</p>
<p>联系电话：{phone}&nbsp;&nbsp;网站标识码：{code}&nbsp;&nbsp;备案号：{icp}</p>
<p>建议使用1366×768分辨率浏览本网站</p>
</div>
</body>
</html>
"""


def render_html(report, charset):
    rng = random.Random(report.spec.seed ^ 0xC3)
    agency, year = report.agency, report.year
    date = f"{year + 1}-0{rng.randint(1, 3)}-{rng.randint(10, 28)}"
    return _PAGE.format(
        charset=charset, site=f"{agency.short}门户网站", title=html.escape(report.title),
        pub=f"{date} 09:{rng.randint(10, 59)}", date=date, office=agency.office,
        hits=rng.randint(200, 9000), article=_article(report), prev=rng.randint(1000, 9999),
        prev_year=year - 1, site_owner=agency.name, phone=f"0{rng.randint(300, 999)}-"
        f"{rng.randint(2000000, 8999999)}", code=rng.randint(1000000000, 9999999999),
        icp=f"X ICP备{rng.randint(10000000, 99999999)}号")
