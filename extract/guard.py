"""Bad input gets a clear one-line ExtractError: sniff the bytes, open with limits, read in a killable child."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdftypes import resolve1
from pdfplumber.pdf import PDF
from pdfplumber.utils.exceptions import PdfminerException

from extract.errors import Encrypted, NoTextLayer, ParseError, TooLarge, Truncated
from extract.isolate import run_isolated
from extract.sniff import STARTXREF_OFFSET, TAIL_BYTES, Limits, sniff


def open_checked(path: Path, limits: Limits, password: str = "") -> PDF:
    """pdfplumber.open with our errors: Encrypted, Truncated, ParseError, TooLarge (pages).

    A file whose xref table is broken is opened again with the table ignored, so pdfminer
    finds the objects by scanning the file. A MemoryError is left to the caller.
    """
    try:
        pdf = pdfplumber.open(path, password=password)
    except Exception as exc:
        return _reopen_rescanned(path, limits, password, exc)
    paged = _with_pages(path, pdf, limits)
    # None: pdfminer followed a broken xref table to no pages at all
    return paged if paged is not None else _reopen_rescanned(path, limits, password, None)


def _with_pages(path: Path, pdf: PDF, limits: Limits) -> PDF | None:
    """The open PDF if it has pages within the limit; closed and None if it has none; closed on any error."""
    try:
        n_pages = _checked_page_count(path, pdf, limits)
    except BaseException:
        _close_quietly(pdf)
        raise
    if n_pages > 0:
        return pdf
    _close_quietly(pdf)
    return None


def _checked_page_count(path: Path, pdf: PDF, limits: Limits) -> int:
    """The number of pages; TooLarge over the limit, judged first by the page tree's /Count when it has one."""
    try:
        declared = resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"])
    except Exception:
        declared = None
    if isinstance(declared, int) and declared > limits.max_pages:
        raise TooLarge(path, f"the PDF has {declared} pages, over the limit of {limits.max_pages}")
    try:
        n_pages = len(pdf.pages)
    except Exception as exc:
        raise _reading_error(path, exc) from None
    if n_pages > limits.max_pages:
        raise TooLarge(path, f"the PDF has {n_pages} pages, over the limit of {limits.max_pages}")
    return n_pages


def _reopen_rescanned(
    path: Path, limits: Limits, password: str, first_error: Exception | None
) -> PDF:
    """Open again with every startxref offset blanked, so pdfminer rebuilds the xref by scanning for objects.

    Only for a file that failed with a plain parse error (not a password, not a cut-off file) or
    opened with no pages; when the rescan fails too, the first error is the one reported.
    """
    if first_error is not None:
        error = _reading_error(path, first_error, password)
        if not isinstance(error, ParseError):  # a password or a cut-off file: no rescan helps
            raise error from None
    data = STARTXREF_OFFSET.sub(rb"\1x", path.read_bytes())  # "no digit" sends pdfminer to PDFXRefFallback
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password)
    except Exception as exc:
        raise _reading_error(path, first_error or exc, password) from None
    paged = _with_pages(path, pdf, limits)
    if paged is not None:
        return paged
    if first_error is not None:
        raise _reading_error(path, first_error, password) from None
    raise ParseError(path, "no pages could be found in the PDF")


def _close_quietly(pdf: PDF) -> None:
    """Close a PDF that may be broken: pdfplumber's close() walks the pages, which can fail."""
    try:
        pdf.close()
    except Exception:
        pdf.stream.close()


def _reading_error(path: Path, exc: BaseException, password: str = "") -> BaseException:
    """The ExtractError that a pdfplumber/pdfminer exception means for this file; a MemoryError stays one."""
    cause = _unwrap(exc)
    if isinstance(cause, MemoryError):
        return cause
    if isinstance(cause, PDFPasswordIncorrect) and password:
        return Encrypted(path, "the PDF is password-protected and the password given does not open it")
    if isinstance(cause, PDFPasswordIncorrect):
        return Encrypted(path, "the PDF is password-protected; give the password with --password (or TALLY_PDF_PASSWORD)")
    if isinstance(cause, PDFEncryptionError):
        return Encrypted(path, f"the PDF is encrypted in a way we cannot read ({_first_line(cause)})")
    if not _ends_with_eof_marker(path):
        return Truncated(path, "the PDF is cut off (truncated download?)")
    if isinstance(cause, RecursionError):
        return ParseError(path, "the PDF nests its objects too deeply to read")
    return ParseError(path, f"the PDF could not be read: {_first_line(cause)}")


def _unwrap(exc: BaseException) -> BaseException:
    """pdfplumber wraps pdfminer's exception as PdfminerException(original)."""
    while isinstance(exc, PdfminerException) and exc.args and isinstance(exc.args[0], BaseException):
        exc = exc.args[0]
    return exc


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    text = lines[0].strip() if lines else ""
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def _ends_with_eof_marker(path: Path) -> bool:
    with path.open("rb") as f:
        f.seek(max(0, path.stat().st_size - TAIL_BYTES))
        return b"%%EOF" in f.read()


def classify_text_layer(path: Path, n_pages: int, n_chars_total: int) -> None:
    """Raise NoTextLayer for a document that has pages but not one character on them (a scan)."""
    if n_pages > 0 and n_chars_total == 0:
        where = "its only page" if n_pages == 1 else f"any of its {n_pages} pages"
        raise NoTextLayer(path, f"no text layer on {where} (a scan?); it needs OCR")


def count_pages_and_chars(path: Path, limits: Limits, password: str = "") -> tuple[int, int]:
    """Open the PDF and read every page's characters: (pages, characters). Run it in a child process."""
    pdf = open_checked(path, limits, password)
    try:
        n_chars = 0
        for page in pdf.pages:
            try:
                n_chars += len(page.chars)
            except Exception as exc:
                raise _reading_error(path, exc) from None
            finally:
                page.close()
        return len(pdf.pages), n_chars
    finally:
        pdf.close()


def read_document_safely(path: Path, limits: Limits, password: str = "") -> str:
    """'loaded', or the ExtractError that says in one line what is wrong with the file."""
    sniff(path, limits)
    n_pages, n_chars = run_isolated(
        count_pages_and_chars,
        path,
        limits,
        password,
        path=path,
        timeout_s=limits.timeout_s,
        memory_mb=limits.memory_mb,
    )
    classify_text_layer(path, n_pages, n_chars)
    return "loaded"
