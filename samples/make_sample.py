"""Render the Ziyang 2018 work report text into samples/ziyang_2018.pdf (A4, embedded CJK font subset)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from samples.layout import PageStyle, Paragraph, layout_document  # noqa: E402

DEFAULT_TEXT = Path(__file__).resolve().parents[2] / "shared/sample/ziyang_2018_report.txt"
DEFAULT_OUT = Path(__file__).resolve().parent / "ziyang_2018.pdf"
FONT_NAME = "CJKBody"
FONT_FILES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),  # fonts-wqy-zenhei
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),  # fonts-arphic-uming
)
FONT_PACKAGE = "fonts-wqy-zenhei"
TITLE_SIZE = 22
HEADER_LINES = 3  # title, date, issuer


def find_font() -> Path | None:
    return next((path for path in FONT_FILES if path.exists()), None)


def ensure_font() -> Path:
    """Return an installed CJK font file, installing fonts-wqy-zenhei with apt when root and none is there."""
    font = find_font()
    if font is not None:
        return font
    if os.geteuid() != 0:
        sys.exit(
            f"no CJK font found ({', '.join(map(str, FONT_FILES))}); run: sudo apt-get install -y {FONT_PACKAGE}"
        )
    subprocess.run(["apt-get", "update"], check=True)
    subprocess.run(["apt-get", "install", "-y", FONT_PACKAGE], check=True)
    font = find_font()
    if font is None:
        sys.exit(f"installed {FONT_PACKAGE} but found none of {', '.join(map(str, FONT_FILES))}")
    return font


def text_to_paragraphs(text: str) -> tuple[str, list[Paragraph]]:
    """Report text -> (title, paragraphs): three centred header lines, a salutation, then indented body."""
    lines = text.strip().splitlines()
    title, date, issuer = (line.strip() for line in lines[:HEADER_LINES])
    blocks = "\n".join(lines[HEADER_LINES:]).split("\n\n")
    body = ["".join(line.strip() for line in block.splitlines()) for block in blocks]
    body = [block for block in body if block]
    paragraphs = [
        Paragraph(title, align="center", size=TITLE_SIZE),
        Paragraph(date, align="center"),
        Paragraph(issuer, align="center"),
        Paragraph(""),
    ]
    if body and body[0].endswith((":", ":")):
        paragraphs.append(Paragraph(body.pop(0), align="left"))
    paragraphs.extend(Paragraph(block) for block in body)
    return title, paragraphs


def render(text_path: Path, out_path: Path) -> int:
    """Write the PDF and return its page count."""
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(ensure_font()), subfontIndex=0))
    title, paragraphs = text_to_paragraphs(text_path.read_text(encoding="utf-8"))
    canvas = Canvas(str(out_path), pagesize=PageStyle().page_size, invariant=1)
    canvas.setTitle(title)
    pages = layout_document(canvas, FONT_NAME, [paragraphs], PageStyle())
    canvas.save()
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--text", type=Path, default=DEFAULT_TEXT, help="report text, UTF-8")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="PDF to write")
    args = parser.parse_args()
    pages = render(args.text, args.out)
    print(f"wrote {args.out} ({pages} pages)")


if __name__ == "__main__":
    main()
