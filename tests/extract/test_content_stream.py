"""extract.content reads a content stream into the very objects pdfminer's PDFContentParser gives, or leaves it to pdfminer."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pdfplumber
import pytest
from pdfminer.psparser import KWD, LIT
from pdfs import pdfplumbers
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

from extract.content import content_objects, pdfminer_objects
from extract.pdf import page_objects

SAME = [
    # text as report writers set it: CID codes as octal escapes, hex strings, TJ arrays with kerning
    b"BT /F2+0 16 Tf 19.2 TL 1 0 0 1 73.6 603.38 Tm (\\001\\002\\003\\0161\\377) Tj T* ET",
    b"BT /F1 12 Tf <4E2D 56FD> Tj [(\\(2019\\)) -250 <0041> 12.5 (abc)] TJ ET",
    b"BT 0 Tc 0 Tw 100 Tz 14 TL (line one) ' 1 2 (line two) \" ET",
    # strings: nested and escaped parentheses, every named escape, unknown escapes, a backslash before a line end
    b"(a(b)c) Tj (x\\)y\\(z) Tj (\\n\\r\\t\\b\\f\\\\) Tj (\\q\\8\\9) Tj (one\\\ntwo) Tj (three\\\r\nfour) Tj (five\\\rsix) Tj",
    b"((((deep)))) Tj (()) Tj () Tj (\\0) Tj (\\00) Tj (\\000) Tj (\\0000) Tj (\\7a) Tj",
    # hex strings: white space inside, an odd last digit, one closed by >> straight away
    b"<48 65\n6c6C 6f> Tj <4> Tj <ABC> Tj <> Tj <41>> Tj",
    # names: #xx escapes, a lone #, one hex digit, a name of nothing, bytes that are not UTF-8
    b"/A#20B /C#2 /D# /E##41 / /F#e9 /G#41#42 /Span<</MCID 3>>BDC EMC",
    # numbers as pdfminer reads them: signs, fractions, a second point, a lone sign or point (dropped)
    b"-.5 +3 -0 007 5. .25 1.2.3 - + . -. 12Tf 3-4 0.0",
    # keywords: T* d0 true false, a keyword cut by a delimiter, one-byte keywords and NUL
    b"T* d0 d1 true false Tj#x W* n f* B* b* \x00 ET\x00 BT{ }\x80\x01",
    # arrays, dictionaries and procedures nested, a closing bracket that closes nothing, comments
    b"[1 [2 [3]] <</A [4 5] /B <</C (d)>>>>] ] {1 {2} } % a comment ) ( <\n0 0 m 10 10 l S % to the end",
    b"<</Type /XObject /Subtype /Form /BBox [0 0 100 100] /K true /N null>> Do",
    # a keyword inside an array is kept there
    b"[(a) Tj 1] TJ",
    b"   \n\r\t\x0c ",
    b"",
]


@pytest.mark.parametrize("stream", SAME, ids=range(len(SAME)))
def test_a_stream_reads_as_pdfminer_reads_it(stream: bytes) -> None:
    assert content_objects([stream]) == pdfminer_objects([stream])


def test_a_page_of_several_streams_reads_as_one() -> None:
    streams = [b"q 1 0 0 1 0 0 cm BT /F1 12 T", b"f (a) Tj [1 2", b" 3] TJ ET Q", b"", b"(b) Tj"]
    assert content_objects(streams) == pdfminer_objects(streams)  # (a stream's end ends "T": pdfminer's #1157)
    objects = content_objects(streams)
    assert objects is not None and KWD(b"T") in objects and [1, 2, 3] in objects


def test_the_objects_are_pdfminers_own() -> None:
    objects = content_objects([b"/F1 12 Tf (x) Tj"])
    assert objects is not None
    assert objects[0] is LIT("F1") and objects[2] is KWD(b"Tf") and objects[4] is KWD(b"Tj")
    assert type(objects[1]) is int and type(objects[3]) is bytes


UNREAD = [
    b"BI /W 1 /H 1 /BPC 8 /CS /G ID \xff EI",  # an inline image: binary data
    b"q ID Q",  # an ID without its BI, which pdfminer drops
    b"(a string the stream ends inside",
    b"(a (nested string the stream ends inside)",
    b"<4142",  # a hex string the stream ends inside
    b"(\\777) Tj",  # an octal escape above \377 (pdfminer asserts)
    b"<</A>> BDC",  # a key without a value (pdfminer raises)
    b"[1 2 3",  # an array the stream ends inside
]


@pytest.mark.parametrize("stream", UNREAD, ids=range(len(UNREAD)))
def test_what_it_does_not_read_it_leaves_to_pdfminer(stream: bytes) -> None:
    assert content_objects([stream]) is None


def test_a_stream_ending_in_a_bracket_the_next_may_close_is_left_to_pdfminer() -> None:
    assert content_objects([b"<</A 1>", b"> BDC"]) is None
    assert content_objects([b"BT", b"ET >"]) is not None  # (the last stream's '>' closes nothing)


FRAGMENTS = [b" ", b"\n", b"\x00", b"%c\n", b"/N", b"/N#41", b"/#", b"1", b"-", b".", b"+2.5", b"3.", b"Tj", b"T*",
             b"'", b'"', b"true", b"(", b")", b"\\", b"\\(", b"\\n", b"\\0", b"\\12", b"\\r\n", b"<", b">", b"<<", b">>",
             b"<41>", b"< 4 1 >", b"[", b"]", b"{", b"}", b"#", b"a", b"\x80", b"BT", b"ET", b"q", b"Q", b"(x)"]


def agree_or_leave(streams: list[bytes]) -> bool:
    """Whether content_objects read the streams (and then as pdfminer does); if pdfminer raises, it must not have."""
    ours = content_objects(streams)
    try:
        theirs = pdfminer_objects(streams)
    except Exception:  # pdfminer raises on it: ours must have left it alone
        assert ours is None, streams
        return False
    if ours is None:
        return False
    assert ours == theirs, streams
    return True


def test_random_streams_read_as_pdfminer_reads_them_or_are_left_to_it() -> None:
    rng = random.Random(20261129)
    read = sum(agree_or_leave([b"".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 40)))]) for _ in range(3000))
    assert read > 400  # (the rest end inside a string, a hex string or an array: left to pdfminer)
    pages = [[b"".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 20))) for _ in range(rng.randint(2, 4))]
             for _ in range(1500)]
    assert sum(agree_or_leave(streams) for streams in pages) > 50


def forms_and_inline_images_pdf() -> bytes:
    """A page with a form XObject drawn twice and an inline image, beside text: the interpreter's other paths."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    c = Canvas(buffer, invariant=1)
    c.beginForm("stamp")
    c.setFont("STSong-Light", 10)
    c.drawString(0, 0, "表单内的文字 26批193人次")
    c.endForm()
    c.doForm("stamp")
    c.saveState()
    c.translate(100, 300)
    c.doForm("stamp")
    c.restoreState()
    c.setFont("STSong-Light", 12)
    c.drawString(72, 760, "共投入资金1710万元")
    c.showPage()
    c.setFont("STSong-Light", 12)
    c.drawString(72, 760, "图片旁的文字7573户")
    from PIL import Image

    c.drawInlineImage(Image.new("L", (8, 8), 128), 72, 600, 40, 40)
    c.drawString(72, 500, "图片下的文字1.5亿元")
    c.showPage()
    c.save()
    return buffer.getvalue()


def test_forms_and_inline_images_give_pdfplumbers_characters(tmp_path: Path) -> None:
    path = tmp_path / "forms.pdf"
    path.write_bytes(forms_and_inline_images_pdf())
    with pdfplumber.open(path) as fast, pdfplumber.open(path) as slow:
        pages = [(page_objects(p), pdfplumbers(q)) for p, q in zip(fast.pages, slow.pages, strict=True)]
    for ours, theirs in pages:
        assert ours == theirs
    first = "".join(c.text for c in pages[0][0].chars)
    assert first.count("26批193人次") == 2 and "1710万元" in first
    second = "".join(c.text for c in pages[1][0].chars)
    assert "7573户" in second and "1.5亿元" in second


def test_the_one_known_difference_is_pdfminers_4kb_buffer_cutting_an_escaped_line_end() -> None:
    """A backslash before \\r\\n continues a string's line; pdfminer looks for the \\n in its 4 KB buffer only."""
    cut = b" " * 4092 + b"(a\\\r\nb) Tj"  # (the \r is the buffer's last byte)
    assert content_objects([cut]) == [b"ab", KWD(b"Tj")]
    assert pdfminer_objects([cut]) == [b"a\nb", KWD(b"Tj")]
    whole = b" " * 4091 + b"(a\\\r\nb) Tj"
    assert content_objects([whole]) == pdfminer_objects([whole]) == [b"ab", KWD(b"Tj")]
