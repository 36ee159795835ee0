#!/usr/bin/python3
"""Makes the DOCX (and one DOC) test inputs of tests/extract/docx/.

Run from anywhere: /usr/bin/python3 tests/data/docx/make_docx.py
Needs python3-docx (Debian's python-docx) and, for the .doc, LibreOffice (soffice).
Each file exercises one reader feature; the tests assert the exact blocks expected, and
<name>.expected.json holds each readable file's whole model. After regenerating, rewrite
those with NIANBAO_UPDATE_EXPECTED=1 build/tests/extract/docx/docx_reader_tests, and
review the diff.
Special markup (spans, fields, revisions, text boxes, numbering) is written as raw
WordprocessingML into a python-docx document, so the rest of the package is real.
"""
import io
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_DIR = os.path.join(os.path.dirname(HERE), "doc")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECLS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def body_xml(doc, *fragments):
    """Appends raw block-level WordprocessingML fragments to the body (before w:sectPr)."""
    body = doc.element.body
    sect = body.find("{%s}sectPr" % W_NS)
    for fragment in fragments:
        wrapper = parse_xml("<w:wrap %s>%s</w:wrap>" % (NSDECLS, fragment))
        for child in list(wrapper):
            if sect is not None:
                sect.addprevious(child)
            else:
                body.append(child)


def p(*runs, ppr=""):
    return "<w:p>%s%s</w:p>" % (("<w:pPr>%s</w:pPr>" % ppr) if ppr else "", "".join(runs))


def r(text):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % text


def tc(content, span=None, vmerge=None):
    props = ""
    if span:
        props += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    if not content.startswith("<"):  # plain text, else ready-made block markup
        content = p(r(content)) if content else p()
    return "<w:tc>%s%s</w:tc>" % (("<w:tcPr>%s</w:tcPr>" % props) if props else "", content)


def tr(*cells, before=0, after=0):
    props = ""
    if before:
        props += '<w:gridBefore w:val="%d"/>' % before
    if after:
        props += '<w:gridAfter w:val="%d"/>' % after
    return "<w:tr>%s%s</w:tr>" % (("<w:trPr>%s</w:trPr>" % props) if props else "", "".join(cells))


def tbl(columns, *rows):
    grid = "".join('<w:gridCol w:w="1500"/>' for _ in range(columns))
    return "<w:tbl><w:tblPr/><w:tblGrid>%s</w:tblGrid>%s</w:tbl>" % (grid, "".join(rows))


def save(doc, name):
    doc.save(os.path.join(HERE, name))


def make_spans():
    doc = docx.Document()
    doc.add_paragraph("合并单元格")
    body_xml(
        doc,
        tbl(
            4,
            tr(tc("A", span=2), tc("B", vmerge="restart"), tc("C")),
            tr(tc("D"), tc("E"), tc("", vmerge="continue"), tc("F")),
            tr(tc("G"), tc("", vmerge="continue"), tc("H"), before=1),
            tr(tc("I", span=3), after=1),
        ),
        p(r("表后")),
        # A wide vertical merge (two columns) continued by a cell of the same width, then a
        # continuation with no start above (read as a cell of its own, with a warning).
        tbl(
            3,
            tr(tc("X", span=2, vmerge="restart"), tc("1")),
            tr(tc("", span=2, vmerge="continue"), tc("2")),
            tr(tc("Y"), tc("", vmerge="continue"), tc("3")),
        ),
    )
    save(doc, "spans.docx")


def make_nested():
    doc = docx.Document()
    doc.add_paragraph("表前")
    inner = tbl(1, tr(tc("内1")), tr(tc("内2")))
    body_xml(
        doc,
        tbl(
            2,
            tr(tc(p(r("外层")) + inner + p(r("外层续"))), tc("右上")),
            tr(tc("左下"), tc("右下")),
        ),
    )
    doc.add_paragraph("表后")
    save(doc, "nested.docx")


def make_runs():
    doc = docx.Document()
    body_xml(
        doc,
        # 本年新收 1234 件, the number split over runs with proofing marks and a bookmark.
        p(r("本年新收"), r("12"), '<w:proofErr w:type="spellStart"/>', r("3"),
          '<w:bookmarkStart w:id="0" w:name="n"/>', r("4"), '<w:bookmarkEnd w:id="0"/>', r("件")),
        p(r("甲"), "<w:r><w:tab/></w:r>", r("乙"), "<w:r><w:br/></w:r>", r("丙")),
        p(r("勾选"), '<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>'),
        p("<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>", r("可见")),
        tbl(2, tr(tc(p(r("1,"), r("2"), r("34"))), tc(p(r("５"), r("６"))))),
    )
    save(doc, "runs.docx")


def make_fields():
    doc = docx.Document()
    body_xml(
        doc,
        p(r("第"), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
          '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("7"),
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>', r("页")),
        p(r("日期："), '<w:fldSimple w:instr=" DATE \\@ &quot;yyyy-MM-dd&quot; ">', r("2024-01-31"),
          "</w:fldSimple>"),
        # A field with no cached result shows nothing; a field nested in another's result
        # shows its own result only.
        p(r("无结果"), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
          '<w:r><w:instrText> NUMPAGES </w:instrText></w:r>',
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>', r("。")),
        p('<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
          '<w:r><w:instrText> IF 1 = 1 "</w:instrText></w:r>',
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
          '<w:r><w:instrText> SEQ x </w:instrText></w:r>',
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("内码"),
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
          '<w:r><w:instrText>"</w:instrText></w:r>',
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("外层结果"),
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
    )
    save(doc, "fields.docx")


def make_revisions():
    doc = docx.Document()
    rev = 'w:id="%d" w:author="t" w:date="2024-01-01T00:00:00Z"'
    body_xml(
        doc,
        p(r("保留"), '<w:del %s><w:r><w:delText>删除</w:delText></w:r></w:del>' % (rev % 1),
          '<w:ins %s>%s</w:ins>' % (rev % 2, r("插入"))),
        tbl(1, tr(tc(p('<w:del %s><w:r><w:delText>9</w:delText></w:r></w:del>' % (rev % 3),
                       '<w:ins %s>%s</w:ins>' % (rev % 4, r("12")))))),
        # A deleted table row is not part of the table.
        tbl(1, tr(tc("留")),
            '<w:tr><w:trPr><w:del %s/></w:trPr>%s</w:tr>' % (rev % 5, tc("删行"))),
    )
    save(doc, "revisions.docx")


NUMBERING_LEVELS = [
    ("chineseCounting", "%1、", "nothing"),
    ("chineseCounting", "（%2）", "nothing"),
    ("decimal", "%3.", "nothing"),
]


def add_numbering(doc, abstract_id, num_id, levels):
    numbering = doc.part.numbering_part.element
    lvls = "".join(
        '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="%s"/>'
        '<w:lvlText w:val="%s"/></w:lvl>' % (idx, fmt, suff, text)
        for idx, (fmt, text, suff) in enumerate(levels))
    abstract = parse_xml('<w:abstractNum %s w:abstractNumId="%d">%s</w:abstractNum>'
                         % (NSDECLS, abstract_id, lvls))
    first_num = numbering.find("{%s}num" % W_NS)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (NSDECLS, num_id, abstract_id)))


def numbered(text, num_id, level):
    return p(r(text), ppr='<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
             % (level, num_id))


def make_numbering():
    doc = docx.Document()
    add_numbering(doc, 900, 901, NUMBERING_LEVELS)
    add_numbering(doc, 910, 911, [("chineseCountingThousand", "%1、", "tab")])
    # A paragraph style carrying the numbering, as Word's heading styles do.
    style = doc.styles.add_style("ReportHeading", WD_STYLE_TYPE.PARAGRAPH)
    style.element.get_or_add_pPr().append(parse_xml(
        '<w:numPr %s><w:numId w:val="911"/></w:numPr>' % NSDECLS))
    body_xml(
        doc,
        numbered("总体情况", 901, 0),
        numbered("主动公开", 901, 1),
        numbered("依申请公开", 901, 1),
        numbered("细项", 901, 2),
        numbered("主动公开政府信息情况", 901, 0),
        numbered("重新计数", 901, 1),
        tbl(1, tr(tc(numbered("属于国家秘密", 901, 2)))),
    )
    for _ in range(12):  # up to 十二, past the single-digit numerals
        doc.add_paragraph("标题", style="ReportHeading")
    save(doc, "numbering.docx")


def make_textbox():
    doc = docx.Document()
    txbx = "<w:txbxContent>%s</w:txbxContent>" % p(r("框内文字"))
    drawing = (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0'
        '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
        '</wp:posOffset></wp:positionV><wp:extent cx="1828800" cy="457200"/><wp:wrapNone/>'
        '<wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" '
        'cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        '<wps:txbx>%s</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing>' % txbx)
    pict = ('<w:pict><v:shape id="tb1" style="width:144pt;height:36pt"><v:textbox>%s'
            '</v:textbox></v:shape></w:pict>' % txbx)
    body_xml(
        doc,
        p(r("锚点段落"), '<w:r><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice>'
          '<mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>' % (drawing, pict)),
        p(r("正文")),
    )
    save(doc, "textbox.docx")


def make_long_table():
    """A table of 80 rows: it runs over several pages but stays one table."""
    doc = docx.Document()
    doc.add_paragraph("长表")
    table = doc.add_table(rows=80, cols=2)
    for row_idx, row in enumerate(table.rows):
        row.cells[0].text = "第%d行" % (row_idx + 1)
        row.cells[1].text = str(row_idx * 3)
    save(doc, "long_table.docx")


def make_report():
    """A small report with the shape of the real ones, converted to .doc for the DOC test."""
    doc = docx.Document()
    doc.add_paragraph("某某市某某区人民政府2023年政府信息公开工作年度报告")
    doc.add_paragraph("一、总体情况")
    doc.add_paragraph("2023年，我区持续推进政务公开。")
    table = doc.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(0, 3)).text = "第二十条第（一）项"
    for col_idx, label in enumerate(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]):
        table.cell(1, col_idx).text = label
    for col_idx, value in enumerate(["规章", "0", "0", "3"]):
        table.cell(2, col_idx).text = value
    table.cell(3, 0).text = "行政规范性文件"
    table.cell(3, 1).merge(table.cell(3, 3)).text = "12"
    doc.add_paragraph("三、收到和处理政府信息公开申请情况")
    table2 = doc.add_table(rows=3, cols=3)
    table2.style = "Table Grid"
    table2.cell(0, 0).merge(table2.cell(2, 0)).text = "办理结果"
    for row_idx, (label, value) in enumerate([("予以公开", "5"), ("部分公开", "1"), ("总计", "6")]):
        table2.cell(row_idx, 1).text = label
        table2.cell(row_idx, 2).text = value
    doc.add_paragraph("六、其他需要报告的事项")
    save(doc, "report.docx")


def write_zip(name, entries, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", compression) as archive:
        for entry_name, data in entries:
            archive.writestr(entry_name, data)


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
DOC_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>' % W_NS)
DOC_TAIL = "</w:t></w:r></w:p></w:body></w:document>"


def make_hostile():
    # 40 MB of spaces inside one w:t: deflates about 1000:1.
    bomb = DOC_HEAD + " " * (40 << 20) + DOC_TAIL
    write_zip("bomb.docx", [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                            ("word/document.xml", bomb)])
    # The same bomb with sizes in its headers that claim 1000 bytes: the limit must hold
    # while inflating, not only from the header.
    path = os.path.join(HERE, "bomb_lying_size.docx")
    shutil.copy(os.path.join(HERE, "bomb.docx"), path)
    patch_uncompressed_size(path, "word/document.xml", 1000)
    # Cut in half: no central directory.
    good = open(os.path.join(HERE, "spans.docx"), "rb").read()
    open(os.path.join(HERE, "truncated.docx"), "wb").write(good[: len(good) // 2])
    write_zip("no_document.docx", [("[Content_Types].xml", CONTENT_TYPES),
                                   ("_rels/.rels", ROOT_RELS),
                                   ("word/styles.xml", "<w:styles xmlns:w=\"%s\"/>" % W_NS)])
    laughs = ['<!ENTITY lol0 "lol">'] + [
        '<!ENTITY lol%d "%s">' % (idx, ("&lol%d;" % (idx - 1)) * 10) for idx in range(1, 10)]
    billion = ('<?xml version="1.0"?><!DOCTYPE w:document [%s]>' % "".join(laughs) +
               DOC_HEAD.split("?>", 1)[1] + "&lol9;" + DOC_TAIL)
    write_zip("billion_laughs.docx", [("[Content_Types].xml", CONTENT_TYPES),
                                      ("_rels/.rels", ROOT_RELS),
                                      ("word/document.xml", billion)])
    write_zip("malformed_xml.docx", [("[Content_Types].xml", CONTENT_TYPES),
                                     ("_rels/.rels", ROOT_RELS),
                                     ("word/document.xml", DOC_HEAD + "abc</w:p>")])


def make_huge_part():
    # word/document.xml of 500 MB of ordinary paragraphs, streamed into the zip (a real zip64
    # entry, honest sizes); long runs of spaces deflate about 1000:1, so the file stays small.
    paragraph = ('<w:p><w:r><w:t xml:space="preserve">本年新收政府信息公开申请数量：12件。' +
                 " " * 4000 + "</w:t></w:r></w:p>")
    chunk = (paragraph * 4096).encode()
    target = 500 << 20
    path = os.path.join(HERE, "huge_document_xml.docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            written = part.write(DOC_HEAD.replace("<w:p><w:r><w:t>", "").encode())
            while written < target:
                written += part.write(chunk)
            part.write("</w:body></w:document>".encode())
    # An external entity naming a local file: must be neither fetched nor read.
    xxe = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
           DOC_HEAD.split("?>", 1)[1] + "&xxe;" + DOC_TAIL)
    write_zip("external_entity.docx", [("[Content_Types].xml", CONTENT_TYPES),
                                       ("_rels/.rels", ROOT_RELS),
                                       ("word/document.xml", xxe)])


def patch_uncompressed_size(path, entry_name, claimed):
    """Rewrites the uncompressed size of `entry_name` in its local and central headers."""
    data = bytearray(open(path, "rb").read())
    name = entry_name.encode()
    local = data.find(b"PK\x03\x04")
    while local >= 0:
        name_len = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30: local + 30 + name_len] == name:
            struct.pack_into("<I", data, local + 22, claimed)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46: central + 46 + name_len] == name:
            struct.pack_into("<I", data, central + 24, claimed)
        central = data.find(b"PK\x01\x02", central + 4)
    open(path, "wb").write(bytes(data))


def make_doc():
    """report.docx saved as Word 97 by LibreOffice."""
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: tests/data/doc/report.doc not regenerated")
        return
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([soffice, "-env:UserInstallation=file://%s/profile" % work, "--headless",
                        "--convert-to", "doc", "--outdir", work,
                        os.path.join(HERE, "report.docx")], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.makedirs(DOC_DIR, exist_ok=True)
        shutil.copy(os.path.join(work, "report.doc"), os.path.join(DOC_DIR, "report.doc"))


if __name__ == "__main__" and sys.argv[1:] == ["huge"]:
    make_huge_part()  # alone: needs neither python-docx nor LibreOffice
elif __name__ == "__main__":
    make_spans()
    make_nested()
    make_runs()
    make_fields()
    make_revisions()
    make_numbering()
    make_textbox()
    make_long_table()
    make_report()
    make_hostile()
    make_huge_part()
    make_doc()
