"""Bad input caught before any PDF parsing: empty files, other formats renamed .pdf, files over the limits.

Kept free of pdfplumber so the parent process never imports it: parsing happens in the killable child.
"""

from __future__ import annotations

import math
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from extract.errors import EmptyFile, NotPdf, TooLarge

MB = 2**20
HEAD_BYTES = 1024  # readers accept the %PDF- header anywhere in the first 1 KB
TAIL_BYTES = 2048  # a complete PDF has %%EOF this close to its end (unless junk follows it)
EXPORT_HINT = " — export it to PDF first"

# (magic bytes at offset 0, what the file is instead, hint)
MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image", ""),
    (b"\xff\xd8\xff", "a JPEG image", ""),
    (b"GIF87a", "a GIF image", ""),
    (b"GIF89a", "a GIF image", ""),
    (b"II*\x00", "a TIFF image", ""),
    (b"MM\x00*", "a TIFF image", ""),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Excel document (DOC/XLS)", EXPORT_HINT),
    (b"{\\rtf", "an RTF document", EXPORT_HINT),
    (b"Rar!\x1a\x07", "a RAR archive", ""),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", ""),
    (b"\x1f\x8b", "a gzip archive", ""),
)
# (a member name prefix inside a ZIP, what the ZIP is)
ZIP_MEMBERS = (
    ("word/", "a Word document (DOCX)"),
    ("xl/", "an Excel workbook (XLSX)"),
    ("ppt/", "a PowerPoint file (PPTX)"),
    ("OFD.xml", "an OFD document"),
    ("Doc_0/", "an OFD document"),
)
STARTXREF_OFFSET = re.compile(rb"(startxref\s+)\d+")
HTML_START = re.compile(rb"\s*(<!doctype html|<html|<head|<body|<!--)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one document may take; over any of them it is refused or stopped."""

    max_bytes: int = 200 * MB
    max_pages: int = 2000
    timeout_s: float = 120.0  # per document, opening included
    memory_mb: int = 1500

    def __post_init__(self) -> None:
        # a flow run's parameters reach here unchecked by the CLI: 0 pages refuses every file, a NaN timeout never stops
        for name in ("max_bytes", "max_pages", "memory_mb"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a whole number of 1 or more, not {value!r}")
        if not (isinstance(self.timeout_s, (int, float)) and math.isfinite(self.timeout_s) and self.timeout_s > 0):
            raise ValueError(f"timeout_s must be a number of seconds more than 0, not {self.timeout_s!r}")


def sniff(path: Path, limits: Limits) -> None:
    """Raise EmptyFile, NotPdf or TooLarge from the file's size and first bytes, before any PDF parsing."""
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(path, "the file is empty (0 bytes)")
    with path.open("rb") as f:
        head = f.read(HEAD_BYTES)
    if b"%PDF-" not in head:
        raise NotPdf(path, f"this is {_what_it_is(path, head)}")
    if size > limits.max_bytes:
        raise TooLarge(path, f"the file is {_size(size)}, over the limit of {_size(limits.max_bytes)}")


def _what_it_is(path: Path, head: bytes) -> str:
    """'a PNG image, not a PDF' for a file that does not start like a PDF."""
    for magic, what, hint in MAGIC:
        if head.startswith(magic):
            return f"{what}, not a PDF{hint}"
    if head.startswith(b"PK\x03\x04"):
        return f"{_zip_kind(path)}, not a PDF{EXPORT_HINT}"
    text = head.removeprefix(b"\xef\xbb\xbf")
    if HTML_START.match(text):
        return "a web page (HTML), not a PDF — the download probably failed"
    if text.lstrip().startswith(b"<?xml"):
        return "an XML file, not a PDF"
    if _looks_like_text(text):
        return "a text file, not a PDF"
    return "not a PDF (it does not start with %PDF-)"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, OSError):
        return "a ZIP archive"
    for prefix, what in ZIP_MEMBERS:
        if any(name.startswith(prefix) for name in names):
            return what
    return "a ZIP archive"


def _looks_like_text(head: bytes) -> bool:
    for encoding in ("utf-8", "gb18030"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            try:  # the sample may end inside a multi-byte character
                text = head[:-3].decode(encoding)
            except UnicodeDecodeError:
                continue
        return all(ch.isprintable() or ch in "\t\n\r\f" for ch in text)
    return False


def _size(n_bytes: int) -> str:
    return f"{n_bytes / MB:.0f} MB" if n_bytes >= 10 * MB else f"{n_bytes:,} bytes"


