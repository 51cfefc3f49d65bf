"""Page crops with a check's figures highlighted: the one module of review/ that opens PDFs (pdfplumber).

Each page is rendered once (pdfplumber's page.to_image at 110 dpi); every crop of that page is cut
from it, with the figures' boxes drawn in their colours. A figure that wraps onto the next line has
one stored box spanning both lines; it is drawn as one box per line, found from the page's characters.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from review.records import BBox

RESOLUTION = 110
MARGIN = 24.0  # points of page around the union of a crop's boxes
MIN_WIDTH = 240.0  # points: a crop narrower than this is widened around its centre
FILL_ALPHA = 70
STROKE_PX = 2
LINE_GAP = 2.0  # points: characters whose tops differ by less are on one line
CHAR_PAD = 4.0  # points of white added around a crop where they cut no character
EPS = 0.5


class PdfUnavailable(Exception):
    """The document's PDF cannot be opened for rendering (moved, deleted, unreadable)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Mark:
    """One figure to highlight: its stored box, colour and printed text."""

    box: BBox
    colour: str  # "#d62728"
    raw: str  # as printed, to find the characters of a figure that wraps onto the next line


@dataclass(frozen=True, slots=True)
class CropRequest:
    page: int  # 1-based
    marks: tuple[Mark, ...]
    path: Path  # where the PNG goes


@dataclass(frozen=True, slots=True)
class CropImage:
    path: Path
    width: int  # pixels
    height: int


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """'#d62728' -> (214, 39, 40)"""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def union(boxes: Sequence[BBox]) -> BBox:
    return min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)


def _hits(c: dict[str, Any], box: BBox) -> bool:
    """True when the character overlaps the box by more than a hair (touching edges do not count)."""
    x0, top, x1, bottom = (float(c[k]) for k in ("x0", "top", "x1", "bottom"))
    return x1 > box[0] + EPS and x0 < box[2] - EPS and bottom > box[1] + EPS and top < box[3] - EPS


def snap_to_chars(area: BBox, chars: Sequence[dict[str, Any]]) -> BBox:
    """Move each edge that cuts through a printed character out to that character's edge.

    Lines first (top, bottom), then characters along them (left, right); then CHAR_PAD of white
    is added on each side where it cuts no character.
    """
    x0, top, x1, bottom = area
    for c in chars:
        if _hits(c, (x0, top, x1, bottom)):
            top, bottom = min(top, c["top"]), max(bottom, c["bottom"])
    for c in chars:
        if _hits(c, (x0, top, x1, bottom)):
            x0, x1 = min(x0, c["x0"]), max(x1, c["x1"])
    strips = {
        "x0": (x0 - CHAR_PAD, top, x0, bottom), "top": (x0, top - CHAR_PAD, x1, top),
        "x1": (x1, top, x1 + CHAR_PAD, bottom), "bottom": (x0, bottom, x1, bottom + CHAR_PAD),
    }
    free = {edge: not any(_hits(c, strip) for c in chars) for edge, strip in strips.items()}
    return (
        x0 - CHAR_PAD * free["x0"], top - CHAR_PAD * free["top"],
        x1 + CHAR_PAD * free["x1"], bottom + CHAR_PAD * free["bottom"],
    )


def crop_box(boxes: Sequence[BBox], page_box: BBox, chars: Sequence[dict[str, Any]] = ()) -> BBox:
    """The union of the boxes with MARGIN around it (at least MIN_WIDTH wide), snapped to whole
    characters so the crop never shows half a line, and kept inside the page."""
    x0, top, x1, bottom = union(boxes)
    x0, top, x1, bottom = x0 - MARGIN, top - MARGIN, x1 + MARGIN, bottom + MARGIN
    if x1 - x0 < MIN_WIDTH:
        middle = (x0 + x1) / 2
        x0, x1 = middle - MIN_WIDTH / 2, middle + MIN_WIDTH / 2
    x0, top, x1, bottom = snap_to_chars((x0, top, x1, bottom), chars)
    return max(x0, page_box[0]), max(top, page_box[1]), min(x1, page_box[2]), min(bottom, page_box[3])


def _norm(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text) if not c.isspace())


def char_lines(chars: Sequence[dict[str, Any]], box: BBox) -> list[list[dict[str, Any]]]:
    """The page's characters whose centre is inside box, as lines top to bottom, each left to right."""
    x0, top, x1, bottom = box
    inside = [
        c for c in chars
        if x0 - 1 <= (c["x0"] + c["x1"]) / 2 <= x1 + 1 and top - 1 <= (c["top"] + c["bottom"]) / 2 <= bottom + 1
        and _norm(c["text"])
    ]
    lines: list[list[dict[str, Any]]] = []
    for c in sorted(inside, key=lambda c: (c["top"], c["x0"])):
        if lines and abs(c["top"] - lines[-1][0]["top"]) < LINE_GAP:
            lines[-1].append(c)
        else:
            lines.append([c])
    return [sorted(line, key=lambda c: c["x0"]) for line in lines]


def figure_rects(chars: Sequence[dict[str, Any]], box: BBox, raw: str) -> list[BBox]:
    """A figure's box as one rectangle per printed line.

    A wrapped '1394户' is stored as one box over two whole lines; its characters are the match of
    the printed text that starts on the first line and ends on the last. When no such match is
    found (or the figure is on one line) the stored box is kept.
    """
    lines = char_lines(chars, box)
    target = _norm(raw)
    if len(lines) < 2 or not target:
        return [box]
    flat = [(n, c) for n, line in enumerate(lines) for c in line]
    text = "".join(_norm(c["text"]) for _, c in flat)
    if len(text) != len(flat):  # a character that normalises to several: give up on refining
        return [box]
    start = text.find(target)
    while start != -1:
        matched = flat[start:start + len(target)]
        if matched[0][0] == 0 and matched[-1][0] == len(lines) - 1:
            per_line: dict[int, list[BBox]] = {}
            for n, c in matched:
                per_line.setdefault(n, []).append((c["x0"], c["top"], c["x1"], c["bottom"]))
            return [union(per_line[n]) for n in sorted(per_line)]
        start = text.find(target, start + 1)
    return [box]


def draw_marks(image: Image.Image, origin: BBox, scale: float, rects: Sequence[tuple[str, BBox]]) -> None:
    """Translucent fill and solid outline for each (colour, box in points) on an image whose top-left is origin."""
    draw = ImageDraw.Draw(image, "RGBA")
    for colour, (x0, top, x1, bottom) in rects:
        r, g, b = hex_to_rgb(colour)
        corners = (
            round((x0 - origin[0]) * scale) - STROKE_PX, round((top - origin[1]) * scale) - STROKE_PX,
            round((x1 - origin[0]) * scale) + STROKE_PX, round((bottom - origin[1]) * scale) + STROKE_PX,
        )
        draw.rectangle(corners, fill=(r, g, b, FILL_ALPHA), outline=(r, g, b, 255), width=STROKE_PX)


def _open(pdf_path: Path) -> Any:
    import pdfplumber

    if not pdf_path.is_file():
        raise PdfUnavailable(pdf_path, "the file is not there any more")
    try:
        return pdfplumber.open(pdf_path)
    except Exception as err:  # pdfminer raises many kinds for a file that is no longer a readable PDF
        raise PdfUnavailable(pdf_path, f"cannot be opened ({type(err).__name__})") from err


def _by_page(requests: Sequence[CropRequest]) -> Iterator[tuple[int, list[CropRequest]]]:
    pages = sorted({r.page for r in requests})
    for page in pages:
        yield page, [r for r in requests if r.page == page]


def page_chars(page: Any) -> list[dict[str, Any]]:
    """The page's characters with their boxes, as pdfplumber's page.chars gives them (the same coordinates),
    read through extract.pdf's character collector: about a third of page.chars' cost."""
    from extract.pdf import page_objects

    return [{"text": c.text, "x0": c.x0, "top": c.top, "x1": c.x1, "bottom": c.bottom} for c in page_objects(page).chars]


def write_crops(pdf_path: Path, requests: Sequence[CropRequest]) -> dict[Path, CropImage]:
    """Render each page that has a request once, cut and mark each crop, write the PNGs.

    Raises PdfUnavailable when the PDF cannot be opened; a request for a page the PDF does not have
    is left out of the result.
    """
    written: dict[Path, CropImage] = {}
    if not requests:
        return written
    with _open(pdf_path) as pdf:
        for number, page_requests in _by_page(requests):
            if not 1 <= number <= len(pdf.pages):
                continue
            page = pdf.pages[number - 1]
            rendered = page.to_image(resolution=RESOLUTION)
            base: Image.Image = rendered.original.convert("RGB")
            page_box: BBox = tuple(float(v) for v in rendered.bbox)  # type: ignore[assignment]
            scale = float(rendered.scale)
            chars = page_chars(page)
            for request in page_requests:
                rects = [(m.colour, r) for m in request.marks for r in figure_rects(chars, m.box, m.raw)]
                area = crop_box([r for _, r in rects], page_box, chars)
                pixels = tuple(round((v - page_box[i % 2]) * scale) for i, v in enumerate(area))
                image = base.crop(pixels)  # type: ignore[arg-type]
                draw_marks(image, area, scale, rects)
                request.path.parent.mkdir(parents=True, exist_ok=True)
                image.save(request.path, format="PNG")
                written[request.path] = CropImage(request.path, image.width, image.height)
    return written
