"""A PDF path -> Extraction with every guard on: sniffed bytes, limits, a killable child process."""

from __future__ import annotations

from pathlib import Path

from extract.errors import ExtractError, ParseError
from extract.isolate import run_isolated
from extract.records import Extraction
from extract.sniff import Limits, sniff


def read_checked(path: Path, limits: Limits, password: str = "") -> Extraction:
    """Open with our errors, read each page's characters once, refuse a document with no text layer."""
    from extract.document import build_extraction, file_sha256  # pdfplumber is imported here, in the child
    from extract.guard import classify_text_layer, open_checked
    from extract.pdf import iter_raw_pages

    pdf = open_checked(path, limits, password)
    try:
        try:
            raw_pages = list(iter_raw_pages(pdf))
        except ExtractError:
            raise
        except MemoryError:
            raise
        except Exception as exc:  # pdfminer fails in many ways on a damaged page
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise ParseError(path, f"a page could not be read: {first[:160]}") from None
    finally:
        try:
            pdf.close()
        except Exception:
            pass
    n_chars = sum(len(line.chars) for page in raw_pages for line in page.lines)
    classify_text_layer(path, len(raw_pages), n_chars)
    return build_extraction(raw_pages, path, file_sha256(path))


def extract_safely(path: Path, limits: Limits | None = None, password: str = "", *, isolate: bool = True) -> Extraction:
    """Extraction of one PDF, or an ExtractError whose message says in one line what is wrong with it."""
    limits = limits or Limits()
    sniff(path, limits)
    if not isolate:
        return read_checked(path, limits, password)
    return run_isolated(read_checked, path, limits, password, path=path, timeout_s=limits.timeout_s, memory_mb=limits.memory_mb)
