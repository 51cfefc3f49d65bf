"""Write a corpus of small bad (and two good) input files, each mapped to the error kind it must give.

Run as a script to write them into a folder: `python tests/faults/make_faults.py [dir]`.
"""

from __future__ import annotations

import io
import random
import re
import struct
import sys
import zipfile
import zlib
from pathlib import Path

from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

CJK_FONT = "STSong-Light"
GOOD_TEXT = "受益贫困户7573户"
# The limits the corpus is meant to be read under: the 6-page PDF is over MAX_PAGES, the padded one over MAX_BYTES.
MAX_PAGES = 5
MAX_BYTES = 1_000_000
BOMB_MB = 400  # the content stream inflates to this much "0 0 m "; it is ~0.6 MB on disk
NESTING = 100_000
HELLO = b"BT /F1 12 Tf 72 720 Td (7573) Tj ET"


def tiny_pdf(lines: list[list[str]], *, encrypt: StandardEncryption | None = None) -> bytes:
    """One page per list of lines, drawn in the built-in CJK font (no font files needed)."""
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(595, 842), encrypt=encrypt, invariant=True)
    for page_lines in lines:
        pdf.setFont(CJK_FONT, 14)
        for i, line in enumerate(page_lines):
            pdf.drawString(72, 770 - 24 * i, line)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def png_bytes(width: int = 4, height: int = 4) -> bytes:
    """A real (tiny, grey) PNG written with zlib and struct only."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    rows = b"".join(b"\x00" + bytes([128] * width) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def docx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        zf.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body><w:p><w:r><w:t>{GOOD_TEXT}</w:t></w:r></w:p></w:body></w:document>",
        )
    return buf.getvalue()


def image_only_pdf() -> bytes:
    """A page with a picture and no text, like a scan."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (200, 100), 255)
    ImageDraw.Draw(img).rectangle((20, 20, 180, 80), outline=0, width=3)
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(595, 842), invariant=True)
    pdf.drawImage(ImageReader(img), 72, 600, width=400, height=200)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def raw_pdf(objects: list[bytes], *, root: int = 1) -> bytes:
    """A PDF from object bodies (object i+1 = objects[i]) with a correct xref table and trailer."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref_at)
    return bytes(out)


def one_page_pdf(content: bytes, *, content_dict: bytes = b"", mediabox: bytes = b"[0 0 595 842]") -> bytes:
    """Catalog, pages, one page (Helvetica as /F1) whose content stream is `content`, encoded as `content_dict` says."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox " + mediabox + b" /Contents 4 0 R"
            b" /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
            b"<< /Length %d %s >>\nstream\n" % (len(content), content_dict) + content + b"\nendstream",
        ]
    )


def flate_bomb(megabytes: int) -> bytes:
    """zlib data that inflates to `megabytes` MB of '0 0 m ', built from one compressed 1 MB block."""
    block = b"0 0 m " * (2**20 // 6)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate; a full flush makes each block identical
    packed = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
    checksum = 1
    for _ in range(megabytes):
        checksum = zlib.adler32(block, checksum)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)  # an empty final block
    return b"\x78\xda" + packed * megabytes + end + struct.pack(">I", checksum)


def corrupt_xref_offsets(pdf: bytes) -> bytes:
    """Every in-use entry of the xref table points 7 bytes too far; the table itself stays well formed."""
    start = pdf.rindex(b"\nxref\n")
    end = pdf.index(b"trailer", start)
    table = re.sub(
        rb"(\d{10}) (\d{5}) n",
        lambda m: b"%010d %s n" % (int(m.group(1)) + 7, m.group(2)),
        pdf[start:end],
    )
    return pdf[:start] + table + pdf[end:]


def garbage_startxref(pdf: bytes) -> bytes:
    return re.sub(rb"startxref\s+\d+", b"startxref\n98765432", pdf)


def make_fault_corpus(dirpath: Path) -> dict[str, str]:
    """Write the corpus into dirpath; returns file name -> expected error kind ("loaded" for files that must load).

    Read it with Limits(max_bytes=MAX_BYTES, max_pages=MAX_PAGES, timeout_s=10, memory_mb=800).
    """
    dirpath.mkdir(parents=True, exist_ok=True)
    good = tiny_pdf([[GOOD_TEXT, "奖补资金1710万元"]])
    files: dict[str, tuple[bytes, str]] = {
        "good_one_page.pdf": (good, "loaded"),
        "good_three_pages.pdf": (
            tiny_pdf([[GOOD_TEXT], ["全年完成投资460.1万元"], ["增长12.5%"]]),
            "loaded",
        ),
        # Valid PDFs may carry junk after %%EOF; more than 2 KB of it must not read as "truncated".
        "good_trailing_garbage.pdf": (good + b"\n" + b"junk " * 1000, "loaded"),
        "empty.pdf": (b"", "empty_file"),
        "text_renamed.pdf": (b"hello 7573", "not_pdf"),
        "png_renamed.pdf": (png_bytes(), "not_pdf"),
        "jpeg_renamed.pdf": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", "not_pdf"),
        "docx_renamed.pdf": (docx_bytes(), "not_pdf"),
        "html_page.pdf": (
            b"<!DOCTYPE html>\n<html><head><title>404</title></head><body>Not Found</body></html>\n",
            "not_pdf",
        ),
        "ole2_doc_renamed.pdf": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "not_pdf"),
        "cut_in_half.pdf": (good[: len(good) // 2], "truncated"),
        "cut_to_300_bytes.pdf": (good[:300], "truncated"),
        "bad_xref_offsets.pdf": (corrupt_xref_offsets(good), "loaded"),
        "bad_startxref.pdf": (garbage_startxref(good), "loaded"),
        "encrypted_user_password.pdf": (
            tiny_pdf([[GOOD_TEXT]], encrypt=StandardEncryption("secret", ownerPassword="own")),
            "encrypted",
        ),
        "encrypted_empty_user_password.pdf": (
            tiny_pdf([[GOOD_TEXT]], encrypt=StandardEncryption("", ownerPassword="own")),
            "loaded",
        ),
        "image_only.pdf": (image_only_pdf(), "no_text_layer"),
        "six_pages.pdf": (tiny_pdf([[f"第{i}页", GOOD_TEXT] for i in range(1, 7)]), "too_large"),
        "over_max_bytes.pdf": (
            one_page_pdf(b"% " + random.Random(0).randbytes(MAX_BYTES).hex().encode()[:MAX_BYTES] + b"\n"),
            "too_large",
        ),
        "flate_bomb.pdf": (one_page_pdf(flate_bomb(BOMB_MB), content_dict=b"/Filter /FlateDecode"), "too_large"),
        # pdfminer's parser is iterative, but pdfplumber resolves a page's /MediaBox recursively.
        "deep_nesting_mediabox.pdf": (
            one_page_pdf(HELLO, mediabox=b"[" * NESTING + b"]" * NESTING),
            "parse_error",
        ),
        "deep_nesting_in_content.pdf": (one_page_pdf(HELLO + b"\n" + b"[" * NESTING + b"]" * NESTING), "loaded"),
    }
    for name, (data, _) in files.items():
        (dirpath / name).write_bytes(data)
    return {name: kind for name, (_, kind) in files.items()}


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("tests/faults/corpus")
    for name, kind in make_fault_corpus(target).items():
        print(f"{kind:14} {name}")
