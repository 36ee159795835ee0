#!/usr/bin/env python3
"""Writes the encoding test pages of this folder (run from anywhere; rewrites them).

Each page is a small CMS-like report page; only its bytes' encoding and its declaration
differ. 喆 镕 珺 堃 are GBK characters that GB2312 lacks, as real GB2312-declared pages use.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent

BODY = """<body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hd/">互动交流</a></div>
<div class="article">
<h1>喆镕区人民政府2021年政府信息公开工作年度报告</h1>
<div class="content">
<p>根据《中华人民共和国政府信息公开条例》规定，现公布喆镕区人民政府2021年政府信息公开工作年度报告。</p>
<p>一、总体情况</p>
<p>2021年，喆镕区人民政府坚持以习近平新时代中国特色社会主义思想为指导，认真落实政务公开各项工作要求，全年主动公开政府信息三百余条，及时回应社会关切，政府工作透明度进一步提高。区政府办公室负责人珺堃同志牵头组织政府信息公开工作，各部门明确专人负责，确保信息发布及时、准确、规范。</p>
<table border="1">
<tr><td>信息内容</td><td>本年制发件数</td></tr>
<tr><td>行政规范性文件</td><td>7</td></tr>
</table>
<p>六、其他需要报告的事项</p>
<p>本年度未收取信息处理费。</p>
</div>
</div>
<div class="footer">主办单位：喆镕区人民政府办公室</div>
</body>
</html>
"""


def page(head_meta: str) -> str:
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        + head_meta
        + "<title>喆镕区人民政府2021年政府信息公开工作年度报告</title>\n</head>\n"
        + BODY
    )


def main() -> None:
    pages = {
        "gb2312_declared.html": (page('<meta charset="gb2312">\n'), "gb18030", b""),
        "http_equiv_gbk.html": (
            page('<meta http-equiv="Content-Type" content="text/html; charset=GBK">\n'),
            "gb18030",
            b"",
        ),
        # The BOM wins over a wrong declaration.
        "bom_utf8.html": (page('<meta charset="gb2312">\n'), "utf-8", b"\xef\xbb\xbf"),
        "bom_utf16le.html": (page(""), "utf-16-le", b"\xff\xfe"),
        # No declaration at all: ICU's detector must find GB18030.
        "no_declaration.html": (page(""), "gb18030", b""),
    }
    for name, (text, encoding, bom) in pages.items():
        (HERE / name).write_bytes(bom + text.encode(encoding))


if __name__ == "__main__":
    main()
