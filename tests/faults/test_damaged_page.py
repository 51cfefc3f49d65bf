"""A PDF whose one page has a damaged content stream fails with a message that names the page in plain words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pdfs import tiny_pdf

from extract.errors import ParseError
from extract.safe import read_checked
from extract.sniff import Limits


def with_page_content_damaged(pdf: bytes, page: int) -> bytes:
    """The PDF with bytes in the middle of that page's (ASCII85 + Flate) content stream replaced by non-ASCII85 ones."""
    data = bytearray(pdf)
    contents = [int(n) for n in re.findall(rb"/Contents (\d+) 0 R", data)]
    body = data.index(b"stream\n", data.index(b"\n%d 0 obj" % contents[page - 1])) + len(b"stream\n")
    assert b"ASCII85Decode" in data[body - 120 : body]
    data[body + 20 : body + 60] = b"\xd5" * 40
    return bytes(data)


def test_a_page_with_damaged_content_is_named_in_plain_words(tmp_path: Path) -> None:
    source = tiny_pdf([["受益贫困户7573户"], ["发展茶园6114户"], ["奖补资金460.1万元"]])
    path = tmp_path / "report.pdf"
    path.write_bytes(with_page_content_damaged(source, 3))
    with pytest.raises(ParseError) as caught:
        read_checked(path, Limits())
    message = str(caught.value)
    assert message.startswith("report.pdf: page 3 could not be read: its content is damaged (")
    assert message.endswith(")")
    assert "Ascii85" in message
