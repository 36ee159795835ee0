#!/usr/bin/python3
"""Scanned copies of our own generated PDF reports, for the OCR reader.

Each source PDF is rendered (pdftoppm, greyscale) at the chosen resolution, and every page is
damaged the way a scanner and a stamp damage paper: a random skew within ±MAX_SKEW degrees,
grain (Gaussian noise), a slight blur, a red stamp over the signature on the last page, and
JPEG compression. The pages are wrapped back into an image-only PDF (img2pdf, at the same
resolution). The truth is the source report's truth file, copied next to the scan.

    tests/tools/make_scans.py --out /tmp/scans                    # the measuring set
    tests/tools/make_scans.py --out DIR --dpi 200 --skew 2 --source X.pdf --seed 7
    tests/tools/make_scans.py --out tests/data/scans --source samples/bureau_2021_report.pdf \
        --page 2 --dpi 200 --quality 35          # the small scans committed for ctest
    tests/tools/make_scans.py --out tests/data/scans --source samples/bureau_2021_report.pdf \
        --page 3 --dpi 300 --quality 35          # (and the 300 dpi page of parts 五 and 六)
    tests/tools/make_reports.py --out tests/data/scans --name thousands_2021 --format pdf \
        --template 2021 --year 2021 --level county --variant thousands_sep
    tests/tools/make_scans.py --out tests/data/scans --source tests/data/scans/thousands_2021.pdf \
        --page 2 --dpi 200 --quality 35 --skew 0.6 --no-seal   # grain, numbers wrapped in cells
    tests/tools/make_scans.py --out tests/data/scans --source \
        tests/data/reports/footer_linebreak_2021.pdf --page 1 --dpi 200 --quality 35
    tests/tools/make_reports.py --out tests/data/scans --name county_scan_2021 --format pdf \
        --template 2021 --year 2021 --level county --variant thousands_sep
    tests/tools/make_scans.py --out tests/data/scans --source tests/data/scans/county_scan_2021.pdf \
        --page 2 --dpi 200 --quality 35          # lone figures in wide and tall cells
    tests/tools/make_reports.py --out tests/data/scans --name spaced_header_2021 --format pdf \
        --template 2021 --year 2021 --level county --variant label_spacing
    tests/tools/make_scans.py --out tests/data/scans --source tests/data/scans/spaced_header_2021.pdf \
        --page 2 --dpi 300 --quality 35          # narrow header cells read garbled
    tests/tools/make_reports.py --out /tmp/city --name city_title_2019 --format pdf \
        --template 2019 --year 2019 --level city --variant zero_dash
    tests/tools/make_scans.py --out tests/data/scans --source /tmp/city/city_title_2019.pdf \
        --page 1 --dpi 200 --quality 35          # a title's last character alone on a line
    tests/tools/make_scans.py --out tests/data/scans --faint   # a table with faint figures
    tests/tools/make_scans.py --out tests/data/scans --tables  # tables as scans break them:
        # a last row carried over alone, bold rulings, a label cut by the page break
    tests/tools/make_reports.py --out /tmp/src --name fin_pdept_2021 --format pdf --template 2021 \
        --year 2023 --level province_dept --variant title_two_lines --variant subtotal_rows
    tests/tools/make_scans.py --out tests/data/scans --source /tmp/src/fin_pdept_2021.pdf \
        --page 3 --dpi 200 --skew 3 --seed 101 --quality 35   # chi_sim's box of 170's 0 starts left of its 7
    tests/tools/make_reports.py --out /tmp/src --name fin_county_2019 --format pdf --template 2019 \
        --year 2020 --level county --variant t4_two_header_rows --variant fullwidth_digits
    tests/tools/make_scans.py --out tests/data/scans --source /tmp/src/fin_county_2019.pdf \
        --page 2 --dpi 300 --skew 3 --seed 101 --quality 50   # chi_sim reads a 31 as 3工
    tests/tools/make_scans.py --out tests/data/scans --source tests/data/reports/cut_header_2019.pdf \
        --page 2 --last-page 3 --dpi 200 --skew 3 --seed 7 --quality 35   # table 四's header cut
        # under its first line at the foot of page 2: a table two rows high, joined to page 3
    tests/tools/make_scans.py --out tests/data/scans --source tests/data/scans/county_scan_2021.pdf \
        --page 2 --dpi 200 --quality 35 --bad-ocr-layer   # the scan above under a scanner's
        # invisible OCR text, misread: the images are read, not that

Needs Debian's /usr/bin/python3 with python3-pil, poppler-utils and img2pdf.
"""
import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCES = [
    ROOT / "samples" / "bureau_2021_report.pdf",
    ROOT / "tests" / "data" / "reports" / "mixed_2019.pdf",
    ROOT / "tests" / "data" / "reports" / "footer_linebreak_2021.pdf",
]


# What a scanner's own OCR wrote under its page images: invisible text (render mode 3), letters
# for figures, nothing where it lies. nianbao must read the images, not this.
BAD_OCR_LINES = [b"lnforrnation 0penness 7O21 repor+", b"l 2 3 4 S 6 7 8 9", b"Tota1 l7 3O 8"]


def add_bad_ocr_layer(target: Path):
    """An invisible text layer of misread text over every page (pikepdf, as img2pdf has)."""
    import pikepdf
    with pikepdf.open(target, allow_overwriting_input=True) as pdf:
        font = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica))
        for page in pdf.pages:
            if "/Font" not in page.Resources:
                page.Resources.Font = pikepdf.Dictionary()
            page.Resources.Font.FOcr = font
            ops = b"BT 3 Tr /FOcr 10 Tf "
            for idx in range(24):
                ops += b"1 0 0 1 60 %d Tm (%s) Tj " % (780 - 30 * idx,
                                                       BAD_OCR_LINES[idx % len(BAD_OCR_LINES)])
            page.contents_add(pikepdf.Stream(pdf, ops + b"ET"), prepend=False)
        pdf.save(target)


def truth_of(source: Path) -> Path:
    return source.parent / "truth" / (source.stem + ".truth.json")


def stamp(page: Image.Image, rng: random.Random, dpi: int) -> Image.Image:
    """A red seal (ring, star, arc of text) in the lower right, where the signature is."""
    rgb = page.convert("RGB")
    overlay = Image.new("RGBA", rgb.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    radius = int(0.8 * dpi)
    cx = int(rgb.width * rng.uniform(0.62, 0.72))
    cy = int(rgb.height * rng.uniform(0.55, 0.8))
    red = (210, 30, 30, 150)
    draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=red,
                 width=max(3, dpi // 40))
    star = [(cx + int(radius * 0.3 * (1 if i % 2 == 0 else 0.4) * c), cy + int(radius * 0.3 *
             (1 if i % 2 == 0 else 0.4) * s)) for i, (c, s) in enumerate(
                 [(0, -1), (0.59, -0.81), (0.95, -0.31), (0.95, 0.31), (0.59, 0.81), (0, 1),
                  (-0.59, 0.81), (-0.95, 0.31), (-0.95, -0.31), (-0.59, -0.81)])]
    draw.polygon(star, fill=red)
    font_path = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    if font_path.exists():
        font = ImageFont.truetype(str(font_path), max(12, dpi // 6))
        draw.text((cx - radius * 0.7, cy + radius * 0.45), "政府信息公开专用章", fill=red, font=font)
    rgb = Image.alpha_composite(rgb.convert("RGBA"), overlay).convert("RGB")
    return rgb


def damage(page: Image.Image, rng: random.Random, dpi: int, max_skew: float, noise: float,
           last_page: bool) -> Image.Image:
    if last_page:
        page = stamp(page, rng, dpi).convert("L")
    angle = rng.uniform(-max_skew, max_skew)
    page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if noise > 0:
        grain = Image.effect_noise(page.size, noise)  # Gaussian, centred on 128
        page = ImageChops.add(page, grain, scale=1.0, offset=-128)
    page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7) * dpi / 200))
    return page


def make_scan(source: Path, out_dir: Path, dpi: int, max_skew: float, noise: float,
              quality: int, seed: int, page: int = 0, seal: bool = True,
              last_page: int = 0, bad_ocr: bool = False) -> Path:
    pages_id = f"{page}-{last_page}" if page and last_page > page else str(page)
    rng = random.Random(f"{source.name}-{dpi}-{seed}-{pages_id}")
    name = f"{source.stem}_scan{dpi}" + (f"_p{pages_id}" if page else "") + \
        ("_ocrlayer" if bad_ocr else "")
    target = out_dir / f"{name}.pdf"
    page_range = ["-f", str(page), "-l", str(max(page, last_page))] if page else []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", *page_range, str(source),
                        f"{tmp}/page"], check=True)
        pages = sorted(Path(tmp).glob("page*.png"))
        jpegs = []
        for idx, page_path in enumerate(pages):
            image = damage(Image.open(page_path).convert("L"), rng, dpi, max_skew, noise,
                           seal and idx == len(pages) - 1)
            jpeg = Path(tmp) / f"scan{idx:03d}.jpg"
            image.save(jpeg, "JPEG", quality=quality, dpi=(dpi, dpi))
            jpegs.append(str(jpeg))
        subprocess.run(["img2pdf", "--output", str(target), *jpegs], check=True)
    if bad_ocr:
        add_bad_ocr_layer(target)
    truth_source = truth_of(source)
    if truth_source.exists() and not page:  # a single page has only part of the truth
        truth = json.loads(truth_source.read_text(encoding="utf-8"))
        truth["file"] = target.name
        truth_dir = out_dir / "truth"
        truth_dir.mkdir(exist_ok=True)
        (truth_dir / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return target


def make_faint(out_dir: Path, dpi: int = 200) -> Path:
    """One ruled table (行政许可 / 行政处罚 / 行政强制) whose figures are printed in light grey,
    as a worn ribbon or a light scan leaves them: 1 (grey 185), 7 (grey 170), 0 (black)."""
    target = out_dir / "faint_figures_scan200.pdf"
    page = Image.new("L", (int(8.27 * dpi), int(4 * dpi)), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", dpi // 7)
    left, top, row, widths = dpi, dpi, dpi // 3, [int(1.6 * dpi), int(2.4 * dpi)]
    rows = [("信息内容", "本年处理决定数量", 0), ("行政许可", "1", 185), ("行政处罚", "7", 170),
            ("行政强制", "0", 0)]
    for idx in range(len(rows) + 1):
        draw.line([(left, top + idx * row), (left + sum(widths), top + idx * row)], fill=0, width=2)
    for x in (left, left + widths[0], left + sum(widths)):
        draw.line([(x, top), (x, top + len(rows) * row)], fill=0, width=2)
    for idx, (label, value, grey) in enumerate(rows):
        y = top + idx * row + row // 4
        draw.text((left + dpi // 10, y), label, fill=0, font=font)
        draw.text((left + widths[0] + widths[1] // 2, y), value, fill=grey, font=font)
    with tempfile.TemporaryDirectory() as tmp:
        jpeg = Path(tmp) / "faint.jpg"
        page.save(jpeg, "JPEG", quality=90, dpi=(dpi, dpi))
        subprocess.run(["img2pdf", "--output", str(target), str(jpeg)], check=True)
    return target

FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
# Table 四 of the 2021 template: 行政复议 then 行政诉讼 (未经复议直接起诉, 复议后起诉), each
# 结果维持 结果纠正 其他结果 尚未审结 总计.
T4_RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def draw_table(draw: ImageDraw.ImageDraw, font: ImageFont.FreeTypeFont, left: int, top: int,
               widths: list, heights: list, cells: list, line: int, bold: set = frozenset()):
    """A ruled table: `cells` are (row, col, rowspan, colspan, text); every cell is boxed. The
    vertical rulings at the column indexes in `bold` are drawn three times as thick."""
    xs = [left + sum(widths[:idx]) for idx in range(len(widths) + 1)]
    ys = [top + sum(heights[:idx]) for idx in range(len(heights) + 1)]
    for row, col, rowspan, colspan, text in cells:
        x0, x1, y0, y1 = xs[col], xs[col + colspan], ys[row], ys[row + rowspan]
        draw.line([(x0, y0), (x1, y0)], fill=0, width=line)
        draw.line([(x0, y1), (x1, y1)], fill=0, width=line)
        for col_idx, x in ((col, x0), (col + colspan, x1)):
            width = 3 * line if col_idx in bold else line
            draw.line([(x, y0), (x, y1)], fill=0, width=width)
        lines = text.split("\n")
        size = font.size
        for idx, text_line in enumerate(lines):
            text_width = draw.textlength(text_line, font=font)
            y = (y0 + y1) / 2 - len(lines) * size * 0.6 + idx * size * 1.2
            draw.text(((x0 + x1 - text_width) / 2, y), text_line, fill=0, font=font)


def t4_header(widths_unit: int) -> tuple:
    cells = [(0, 0, 1, 5, "行政复议"), (0, 5, 1, 10, "行政诉讼"),
             (1, 5, 1, 5, "未经复议直接起诉"), (1, 10, 1, 5, "复议后起诉")]
    def two_lines(label: str) -> str:
        return label if len(label) < 4 else label[:2] + "\n" + label[2:]
    cells += [(1, col, 2, 1, two_lines(label)) for col, label in enumerate(T4_RESULTS)]
    for group in (5, 10):
        cells += [(2, group + idx, 1, 1, two_lines(label)) for idx, label in enumerate(T4_RESULTS)]
    return [widths_unit] * 15, cells


def header_heights(dpi: int) -> list:
    return [int(0.22 * dpi), int(0.22 * dpi), int(0.36 * dpi)]


def save_scan(pages: list, target: Path, rng: random.Random, dpi: int, skew: float):
    with tempfile.TemporaryDirectory() as tmp:
        jpegs = []
        for idx, page in enumerate(pages):
            image = damage(page, rng, dpi, skew, 16.0, False)
            jpeg = Path(tmp) / f"page{idx}.jpg"
            image.save(jpeg, "JPEG", quality=60, dpi=(dpi, dpi))
            jpegs.append(str(jpeg))
        subprocess.run(["img2pdf", "--output", str(target), *jpegs], check=True)
    return target


def blank_page(dpi: int, inches_high: float) -> Image.Image:
    """A strip of an A4 page (a whole page of grain makes a large file for ctest)."""
    return Image.new("L", (int(8.27 * dpi), int(inches_high * dpi)), 255)


def make_carried_row(out_dir: Path, dpi: int = 200) -> Path:
    """Table 四 whose one data row the page break carried over: the header ends page 1, the
    row of figures stands alone at the top of page 2 (a table one row high)."""
    font = ImageFont.truetype(FONT, dpi * 2 // 15)
    unit, left = int(0.42 * dpi), int(0.9 * dpi)
    widths, header = t4_header(unit)
    row_height = int(0.2 * dpi)
    first, second = blank_page(dpi, 2.6), blank_page(dpi, 2.0)
    draw = ImageDraw.Draw(first)
    draw.text((left, int(0.8 * dpi)), "四、政府信息公开行政复议、行政诉讼情况", fill=0,
              font=ImageFont.truetype(FONT, dpi // 7))
    draw_table(draw, font, left, int(1.4 * dpi), widths, header_heights(dpi), header, 2)
    figures = ["17", "2", "0", "5", "24", "9", "1", "3", "0", "13", "6", "0", "1", "2", "9"]
    draw = ImageDraw.Draw(second)
    draw_table(draw, font, left, int(0.6 * dpi), widths, [row_height],
               [(0, col, 1, 1, text) for col, text in enumerate(figures)], 2)
    draw.text((left, int(1.2 * dpi)), "五、存在的主要问题及改进情况", fill=0,
              font=ImageFont.truetype(FONT, dpi // 7))
    rng = random.Random(f"carried-row-{dpi}")
    return save_scan([first, second], out_dir / f"carried_row_scan{dpi}.pdf", rng, dpi, 1.5)


def make_bold_rulings(out_dir: Path, dpi: int = 200) -> Path:
    """Table 四 with its groups parted by bold rulings (three times as thick), zeros and
    dashes beside them: a bold ruling's edge left in a cell must not read as a digit or dot."""
    font = ImageFont.truetype(FONT, dpi * 2 // 15)
    unit, left = int(0.42 * dpi), int(0.9 * dpi)
    widths, header = t4_header(unit)
    row_height = int(0.2 * dpi)
    figures = ["3", "0", "0", "—", "3", "0", "—", "2", "0", "2", "1", "0", "0", "—", "1"]
    cells = header + [(3, col, 1, 1, text) for col, text in enumerate(figures)]
    page = blank_page(dpi, 2.6)
    draw = ImageDraw.Draw(page)
    draw_table(draw, font, left, int(0.8 * dpi), widths, header_heights(dpi) + [row_height], cells, 2,
               bold={0, 3, 5, 8, 10, 13, 15})
    rng = random.Random(f"bold-rulings-{dpi}")
    return save_scan([page], out_dir / f"bold_rulings_scan{dpi}.pdf", rng, dpi, 1.0)


def make_cut_row(out_dir: Path, dpi: int = 200) -> Path:
    """Rows of table 三 whose last label the page break cut: page 1 ends with
    "5.要求行政机关确认 / 或重新出具已获取信", page 2 opens with the rest, "息", in a row
    of its own (its values on page 1), then the rows of （六）其他处理."""
    font = ImageFont.truetype(FONT, dpi * 2 // 15)
    left = int(0.9 * dpi)
    widths = [int(0.7 * dpi), int(1.45 * dpi), int(0.55 * dpi), int(0.55 * dpi)]
    row, tall = int(0.22 * dpi), int(0.4 * dpi)
    first, second = blank_page(dpi, 2.4), blank_page(dpi, 2.4)
    draw_table(ImageDraw.Draw(first), font, left, int(0.6 * dpi), widths, [row, tall, tall, tall],
               [(0, 0, 4, 1, "（五）\n不予\n处理"), (0, 1, 1, 1, "2.重复申请"), (0, 2, 1, 1, "3"),
                (0, 3, 1, 1, "3"), (1, 1, 1, 1, "3.要求提供公开\n出版物"), (1, 2, 1, 1, "—"),
                (1, 3, 1, 1, "—"), (2, 1, 1, 1, "4.无正当理由大\n量反复申请"), (2, 2, 1, 1, "1"),
                (2, 3, 1, 1, "1"), (3, 1, 1, 1, "5.要求行政机关确认\n或重新出具已获取信"),
                (3, 2, 1, 1, "2"), (3, 3, 1, 1, "2")], 2)
    draw_table(ImageDraw.Draw(second), font, left, int(0.6 * dpi), widths, [row, row, row],
               [(0, 0, 1, 1, ""), (0, 1, 1, 1, "息"), (0, 2, 1, 1, ""), (0, 3, 1, 1, ""),
                (1, 0, 2, 1, "（六）\n其他处理"), (1, 1, 1, 1, "1.其他"), (1, 2, 1, 1, "4"),
                (1, 3, 1, 1, "4"), (2, 1, 1, 1, "2.总计"), (2, 2, 1, 1, "4"), (2, 3, 1, 1, "4")],
               2)
    rng = random.Random(f"cut-row-{dpi}")
    return save_scan([first, second], out_dir / f"cut_row_scan{dpi}.pdf", rng, dpi, 1.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--source", type=Path, action="append",
                        help="PDF report(s) with truth/<stem>.truth.json next to them")
    parser.add_argument("--dpi", type=int, action="append", help="default: 150 200 300")
    parser.add_argument("--skew", type=float, default=3.0, help="largest skew, degrees")
    parser.add_argument("--noise", type=float, default=24.0, help="grain (PIL effect_noise sigma)")
    parser.add_argument("--quality", type=int, default=60, help="JPEG quality")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--page", type=int, default=0, help="scan only this page (1-based)")
    parser.add_argument("--last-page", type=int, default=0,
                        help="with --page: scan the pages from --page to this one")
    parser.add_argument("--bad-ocr-layer", action="store_true",
                        help="add an invisible text layer of misread text, as a scanner's OCR")
    parser.add_argument("--no-seal", action="store_true",
                        help="no seal on the last page (a page of tables under grain alone)")
    parser.add_argument("--faint", action="store_true", help="only the faint-figures table")
    parser.add_argument("--tables", action="store_true",
                        help="only the tables as scans break them (carried row, bold rulings, cut row)")
    args = parser.parse_args()
    for tool in ("pdftoppm", "img2pdf"):
        if shutil.which(tool) is None:
            sys.exit(f"make_scans.py: {tool} is missing (apt-get install poppler-utils img2pdf)")
    args.out.mkdir(parents=True, exist_ok=True)
    if args.faint:
        print(make_faint(args.out))
        return 0
    if args.tables:
        print(make_carried_row(args.out))
        print(make_bold_rulings(args.out))
        print(make_cut_row(args.out))
        return 0
    for source in args.source or DEFAULT_SOURCES:
        for dpi in args.dpi or [150, 200, 300]:
            print(make_scan(source, args.out, dpi, args.skew, args.noise, args.quality,
                            args.seed, args.page, not args.no_seal, args.last_page,
                            args.bad_ocr_layer))
    return 0


if __name__ == "__main__":
    sys.exit(main())
