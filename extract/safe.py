"""A PDF path -> Extraction with every guard on: sniffed bytes, limits, a killable child process."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from extract.errors import ExtractError, NoTextLayer, ParseError
from extract.isolate import run_isolated
from extract.records import Extraction
from extract.sniff import Limits, sniff

if TYPE_CHECKING:
    from extract.layout import RawPage
    from extract.ocr import OcrPage


def read_checked(path: Path, limits: Limits, password: str = "") -> Extraction:
    """Open with our errors, read each page's characters once, OCR the pages that have none (scans)."""
    return read_with_ocr(path, limits, password)[0]


def read_with_ocr(
    path: Path, limits: Limits, password: str = "", *, dpi: int | None = None
) -> tuple[Extraction, list[OcrPage]]:
    """read_checked's Extraction and the pages it read by OCR, with their confidences.

    Scanned pages are rendered at dpi, or when None at their scanned image's own resolution.
    """
    from extract.document import build_extraction, file_sha256  # pdfplumber is imported here, in the child
    from extract.guard import classify_text_layer, open_checked
    from extract.ocr import mark_ocr
    from extract.pdf import iter_raw_pages
    from extract.tables import all_chars

    pdf = open_checked(path, limits, password)
    raw_pages: list[RawPage] = []
    try:
        try:
            raw_pages.extend(iter_raw_pages(pdf))
        except ExtractError:
            raise
        except MemoryError:
            raise
        except Exception as exc:  # pdfminer fails in many ways on a damaged page
            cause = _cause(exc)
            if isinstance(cause, MemoryError):  # pdfplumber wraps it: a bomb is too large, not a parse error
                raise cause from None
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            page = len(raw_pages) + 1  # the pages before it were read
            raise ParseError(path, f"page {page} could not be read: its content is damaged ({first[:120]})") from None
    finally:
        with contextlib.suppress(Exception):
            pdf.close()
    raw_pages, ocr_pages = ocr_scanned_pages(path, raw_pages, password, dpi)
    n_chars = sum(len(all_chars(page)) for page in raw_pages)
    if ocr_pages and n_chars == 0:
        where = "its only page" if len(raw_pages) == 1 else f"any of its {len(raw_pages)} pages"
        raise NoTextLayer(path, f"no text layer, and OCR found no text on {where}")
    classify_text_layer(path, len(raw_pages), n_chars)
    return mark_ocr(build_extraction(raw_pages, path, file_sha256(path)), ocr_pages), ocr_pages


def _cause(exc: BaseException) -> BaseException:
    """The innermost exception: pdfplumber's PdfminerException(MemoryError(...)) -> the MemoryError."""
    seen: set[int] = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc.__cause__
        if inner is None:
            break
        exc = inner
    return exc


def ocr_scanned_pages(
    path: Path, raw_pages: list[RawPage], password: str = "", dpi: int | None = None
) -> tuple[list[RawPage], list[OcrPage]]:
    """Pages with no readable characters replaced by their OCR reading. Without the OCR engine: NoTextLayer when
    no page is readable, or when a page's characters do not map to real text (a damaged font map: loading them
    would store garbage); a document with some readable pages and some blank scans loads the readable ones."""
    from extract.ocr import MISSING_ENGINE, has_cjk, needs_ocr, ocr_available, read_pages
    from extract.tables import all_chars

    chinese = any(has_cjk(all_chars(raw)) for raw in raw_pages)
    scanned = [raw for raw in raw_pages if needs_ocr(all_chars(raw), chinese)]
    if not scanned:
        return raw_pages, []
    if not ocr_available():
        garbled = [raw.page for raw in scanned if any(c.text.strip() for c in all_chars(raw))]
        if garbled:
            them = "it" if len(garbled) == 1 else "them"
            raise NoTextLayer(path, f"the text of {page_list(garbled)} does not map to real characters (a damaged "
                                    f"font map); install the OCR engine (make ocr-engine) to read {them}")
        if len(scanned) == len(raw_pages):
            raise NoTextLayer(path, MISSING_ENGINE)
        return raw_pages, []
    wanted = [(raw.page, raw.width, raw.height, dpi or _scan_dpi(raw)) for raw in scanned]
    read = {page.page: page for page in read_pages(path, wanted, password)}
    return [_with_ocr_lines(raw, read[raw.page]) if raw.page in read else raw for raw in raw_pages], list(read.values())


def page_list(pages: list[int]) -> str:
    """[2] -> 'page 2'; [1, 2, 3, 4] -> 'pages 1-4'; [1, 3, 4] -> 'pages 1, 3-4'."""
    runs: list[list[int]] = []
    for page in sorted(pages):
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    parts = [str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}" for run in runs]
    return ("page " if len(pages) == 1 else "pages ") + ", ".join(parts)


def _scan_dpi(raw: RawPage) -> int:
    from extract.ocr import scan_dpi
    from extract.tables import PdfPage

    images = [(image.bbox, image.width_px, image.height_px) for image in raw.images] if isinstance(raw, PdfPage) else []
    return scan_dpi(images, raw.width, raw.height)


def _with_ocr_lines(raw: RawPage, page: OcrPage) -> RawPage:
    """The page with its OCR lines instead of its text layer; ruled tables read from unmapped glyphs are dropped, and
    tables are found among the OCR lines as among a text layer's lines set without rules (a scan's rules are erased
    before OCR: extract.ocr.erase_rules)."""
    from extract.layout import chars_to_lines
    from extract.ocr import mend_wrapped_decimals
    from extract.tables import PdfPage, unruled_tables

    lines, tables, table_chars = unruled_tables(mend_wrapped_decimals(chars_to_lines(page.chars)))
    if isinstance(raw, PdfPage):
        return replace(raw, lines=tuple(lines), tables=tuple(tables), table_chars=tuple(table_chars))
    return replace(raw, lines=tuple(lines))


def extract_safely(path: Path, limits: Limits | None = None, password: str = "", *, isolate: bool = True) -> Extraction:
    """Extraction of one PDF, or an ExtractError whose message says in one line what is wrong with it."""
    limits = limits or Limits()
    sniff(path, limits)
    if not isolate:
        return read_checked(path, limits, password)
    return run_isolated(read_checked, path, limits, password, path=path, timeout_s=limits.timeout_s, memory_mb=limits.memory_mb)
