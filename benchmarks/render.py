"""Report -> PDF in one of three ways: samples/layout.py (reportlab), a two-column page, or DOCX through LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.facts import Filler, Report  # noqa: E402
from samples.layout import PageStyle, Paragraph, layout_document, paginate, paragraph_lines, wrap_chars  # noqa: E402
from samples.make_sample import ensure_font  # noqa: E402

FONT = "CJKBody"
FONT_FAMILY = "WenQuanYi Zen Hei"
TITLE_SIZE = 22
FILLER_MAX = 400
Wraps = dict[int, str]  # id(Qty) -> 'line' | 'column' | 'page'


def register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(ensure_font()), subfontIndex=0))


def render(report: Report, pdf: Path) -> Wraps | None:
    """Write the PDF; return which figures wrap (empty when unknown), or None when the variant cannot be built here."""
    register_font()
    if report.variant == "reportlab":
        return render_reportlab(report, pdf)
    if report.variant == "twocol":
        return render_twocol(report, pdf)
    if report.variant == "docx":
        return render_docx(report, pdf)
    raise ValueError(f"unknown variant {report.variant!r}")


def layout_paragraphs(report: Report) -> list[Paragraph]:
    out = []
    for para in report.paras:
        text = report.para_text(para)
        if para.align == "title":
            out.append(Paragraph(text, align="center", size=TITLE_SIZE))
        elif para.align in ("center", "left"):
            out.append(Paragraph(text, align=para.align))  # type: ignore[arg-type]
        else:
            out.append(Paragraph(text))
    return out


def figure_wraps(report: Report, placed: list[tuple[int, int, int, int, int]]) -> Wraps:
    """placed: (paragraph index, start offset in it, length, column, page) per printed line -> wrapped figures."""
    by_para: dict[int, list[tuple[int, int, int, int, int]]] = {}
    for row in placed:
        by_para.setdefault(row[0], []).append(row)

    def where(i: int, offset: int) -> tuple[int, int, int]:
        for n, (_, start, length, col, page) in enumerate(by_para[i]):
            if start <= offset < start + length:
                return n, col, page
        raise ValueError(f"offset {offset} outside paragraph {i}")

    wraps: Wraps = {}
    for i, para in enumerate(report.paras):
        for qty, start, end in report.quantity_offsets(para):
            first, last = where(i, start), where(i, end - 1)
            if first[2] != last[2]:
                wraps[id(qty)] = "page"
            elif first[1] != last[1]:
                wraps[id(qty)] = "column"
            elif first[0] != last[0]:
                wraps[id(qty)] = "line"
    return wraps


def reportlab_wraps(report: Report, style: PageStyle) -> Wraps:
    lines, owners = [], []
    for i, para in enumerate(layout_paragraphs(report)):
        at = 0
        for line in paragraph_lines(para, FONT, style):
            lines.append(line)
            owners.append((i, at, len(line.text)))
            at += len(line.text)
    placed, n = [], 0
    for page_no, page in enumerate(paginate(lines, style)):
        for _ in page:
            placed.append((*owners[n], 0, page_no))
            n += 1
    return figure_wraps(report, placed)


def pad_to_page_break(report: Report, measure: object) -> Wraps:
    """Grow the report's Filler until some figure straddles a page break; returns the wraps at that length."""
    filler = next(p for para in report.paras for p in para.pieces if isinstance(p, Filler))
    from benchmarks.corpus import FILLER

    for n in range(FILLER_MAX):
        filler.text = FILLER[: n - 1] + "。" if n else ""
        wraps = measure(report)  # type: ignore[operator]
        if "page" in wraps.values():
            return wraps  # type: ignore[no-any-return]
    print(f"warning: {report.name}: no figure could be pushed across a page break", file=sys.stderr)
    filler.text = ""
    return measure(report)  # type: ignore[operator,no-any-return]


def render_reportlab(report: Report, pdf: Path) -> Wraps:
    style = PageStyle()
    if report.page_wrap:
        wraps = pad_to_page_break(report, lambda r: reportlab_wraps(r, style))
    else:
        wraps = reportlab_wraps(report, style)
    canvas = Canvas(str(pdf), pagesize=style.page_size, invariant=1)
    canvas.setTitle(report.title)
    pages = layout_document(canvas, FONT, [layout_paragraphs(report)], style)
    if report.table is not None:
        draw_table_page(canvas, report, pages + 1)
    canvas.save()
    return wraps


def draw_table_page(canvas: Canvas, report: Report, number: int) -> None:
    """A ruled table with a 合计 row on a page of its own, as reports append a 附表."""
    assert report.table is not None
    width, height = A4
    canvas.setFont(FONT, 16)
    canvas.drawCentredString(width / 2, height - 100, report.table.title)
    data = [report.table.header] + [[c if isinstance(c, str) else c.raw for c in row] for row in report.table.rows]
    table = Table(data, colWidths=[50, 190, 120, 120], rowHeights=30)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 12),
        ("GRID", (0, 0), (-1, -1), 0.8, colors.black), ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"), ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    table_width, table_height = table.wrapOn(canvas, width, height)
    table.drawOn(canvas, (width - table_width) / 2, height - 130 - table_height)
    canvas.setFont(FONT, 14)
    canvas.drawCentredString(width / 2, 40, f"— {number} —")
    canvas.showPage()


# ---- two columns -------------------------------------------------------------------------------------------

COL_MARGIN, COL_GAP, COL_SIZE, COL_LEADING, COL_BOTTOM = 56.0, 22.0, 12.0, 21.0, 72.0


def twocol_plan(report: Report) -> tuple[list[tuple[int, str, float, float, int]], list[tuple[int, int, int, int, int]], int]:
    """Lines to draw (page, text, x, y, size), their placement for figure_wraps, and the page count."""
    width, height = A4
    col_width = (width - 2 * COL_MARGIN - COL_GAP) / 2

    def measure(text: str) -> float:
        return float(stringWidth(text, FONT, COL_SIZE))

    draws: list[tuple[int, str, float, float, int]] = []
    placed: list[tuple[int, int, int, int, int]] = []
    y = height - 70
    body_start = 0
    for i, para in enumerate(report.paras):  # the centred title block spans both columns
        if para.align not in ("title", "center"):
            body_start = i
            break
        size = 20 if para.align == "title" else COL_SIZE
        text = report.para_text(para)
        draws.append((0, text, (width - stringWidth(text, FONT, size)) / 2, y, int(size)))
        placed.append((i, 0, len(text), 0, 0))
        y -= 30 if para.align == "title" else COL_LEADING
    top_first, top_other = y - 6, height - 70
    page, col, y = 0, 0, top_first
    for i, para in enumerate(report.paras[body_start:], start=body_start):
        text = report.para_text(para)
        indent = 0.0 if para.align == "left" else 2 * COL_SIZE
        at = 0
        for n, line in enumerate(wrap_chars(text, col_width, indent, measure)):
            if y - COL_LEADING < COL_BOTTOM:
                col, y = (col + 1, top_first if page == 0 else top_other) if col == 0 else (0, top_other)
                page += col == 0
            x = COL_MARGIN + col * (col_width + COL_GAP) + (indent if n == 0 else 0.0)
            draws.append((page, line, x, y - COL_SIZE, int(COL_SIZE)))
            placed.append((i, at, len(line), col, page))
            at += len(line)
            y -= COL_LEADING
    return draws, placed, page + 1


def render_twocol(report: Report, pdf: Path) -> Wraps:
    width, _ = A4
    draws, placed, pages = twocol_plan(report)
    canvas = Canvas(str(pdf), pagesize=A4, invariant=1)
    canvas.setTitle(report.title)
    for page in range(pages):
        for p, text, x, y, size in draws:
            if p == page:
                canvas.setFont(FONT, size)
                canvas.drawString(x, y, text)
        canvas.setFont(FONT, 12)
        canvas.drawCentredString(width / 2, 36, f"— {page + 1} —")
        if page == pages - 1 and report.table is not None:
            canvas.showPage()
            draw_table_page(canvas, report, pages + 1)
        else:
            canvas.showPage()
    canvas.save()
    return figure_wraps(report, placed)


# ---- DOCX through LibreOffice ---------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>"""
RUN_PROPS = f'<w:rPr><w:rFonts w:ascii="{FONT_FAMILY}" w:hAnsi="{FONT_FAMILY}" w:eastAsia="{FONT_FAMILY}"/><w:sz w:val="{{size}}"/></w:rPr>'


def docx_paragraph(text: str, align: str, half_points: int, justify: bool = False) -> str:
    props = '<w:spacing w:line="560" w:lineRule="exact"/>'
    if justify and align == "indent":
        props += '<w:jc w:val="both"/>'
    if align == "center":
        props += '<w:jc w:val="center"/>'
    elif align == "indent":
        props += f'<w:ind w:firstLine="{half_points * 20}"/>'  # two characters: 2 x size pt x 20 twips / 2 half-points
    run = f'<w:r>{RUN_PROPS.format(size=half_points)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
    return f"<w:p><w:pPr>{props}</w:pPr>{run}</w:p>"


def docx_bytes_parts(report: Report) -> dict[str, str]:
    body = []
    for para in report.paras:
        text = report.para_text(para)
        if para.align == "title":
            body.append(docx_paragraph(text, "center", TITLE_SIZE * 2))
        elif para.align in ("center", "left"):
            body.append(docx_paragraph(text, para.align, 32))
        else:
            body.append(docx_paragraph(text, "indent", 32, report.justify))
    section = ('<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/>'
               '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
               'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
                f'<w:body>{"".join(body)}{section}</w:body></w:document>')
    run = RUN_PROPS.format(size=28)
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
              f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>{run}<w:t xml:space="preserve">— </w:t></w:r>'
              f'<w:fldSimple w:instr=" PAGE "><w:r>{run}<w:t>1</w:t></w:r></w:fldSimple>'
              f'<w:r>{run}<w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>')
    return {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS, "word/_rels/document.xml.rels": DOC_RELS,
            "word/document.xml": document, "word/footer1.xml": footer}


def render_docx(report: Report, pdf: Path) -> Wraps | None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return None
    if report.table is not None:
        raise ValueError(f"{report.name}: tables are not written to DOCX yet")
    docx = pdf.with_suffix(".docx")
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in docx_bytes_parts(report).items():
            z.writestr(name, text)
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx)],
                       check=True, capture_output=True, timeout=300)
        shutil.move(str(Path(tmp) / f"{docx.stem}.pdf"), pdf)
    return {}
