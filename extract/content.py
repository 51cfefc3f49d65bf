"""A page's content stream read into operands and operators in one pass, for pdfminer's interpreter.

pdfminer reads a content stream one byte state at a time (PSBaseParser: a method call per token and per
character class, a buffer refill every 4 KB) and builds arrays and dictionaries on a stack of its own
(PSStackParser.nextobject). On the text pages of a report that is about 60% of interpreting a page and a
fifth of all of tally's CPU. `content_objects` reads the same stream with one regular expression and gives
the same objects (the same interned PSLiteral and PSKeyword, the same ints, floats, bytes, lists and
dicts), in the same order, as pdfminer's PDFContentParser.nextobject would (pdfminer.six 20260107;
benchmarks/content_stream.py compares them page by page). The one difference known: a backslash and the
\r\n after it inside a string, with pdfminer's 4 KB buffer ending between \r and \n, lose both here and
only the \r in pdfminer.

What it does not read the way pdfminer does, it does not guess at: an inline image (BI … ID … EI, whose
data is binary), a dictionary with a key and no value, a string or hex string the stream ends inside, an
octal escape above \\377, a container a stream ends inside, a name a stream ends on. For those
`content_objects` returns None and FastInterpreter hands the page to pdfminer's own parser, so the result
is pdfminer's either way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from pdfminer import settings
from pdfminer.pdfinterp import PDFContentParser, PDFInterpreterError, PDFPageInterpreter
from pdfminer.pdftypes import PDFStream, stream_value
from pdfminer.psparser import (
    KEYWORD_ARRAY_BEGIN,
    KEYWORD_ARRAY_END,
    KEYWORD_DICT_BEGIN,
    KEYWORD_DICT_END,
    KEYWORD_PROC_BEGIN,
    KEYWORD_PROC_END,
    KWD,
    LIT,
    PSEOF,
    PSKeyword,
    keyword_name,
    literal_name,
)

# One token of a content stream after any white space or NUL, by its first byte, exactly as
# PSBaseParser._parse_main dispatches: % starts a comment to the end of the line, / a name (up to a
# delimiter; #xx escapes are decoded afterwards), -+ or a digit a number (an optional fraction after one
# '.'), '.' a fraction, a letter a keyword (up to a delimiter; '#' is one), ( a string, << and >> a
# dictionary's ends, < a hex string, a lone > nothing; any other byte is a one-byte keyword ([ ] { } ' "
# and the rest). Nothing matched but white space: the stream's end.
TOKEN = re.compile(
    rb"[\s\x00]*(?:"
    rb"(?P<number>[-+0-9][0-9]*(?:\.[0-9]*)?|\.[0-9]*)"
    rb"|(?P<keyword>[A-Za-z][^#/%\[\]()<>{}\s]*)"
    rb"|/(?P<name>[^/%\[\]()<>{}\s]*)"
    rb"|\((?P<plain>[^()\\]*)\)"
    rb"|\((?P<escaped>(?:[^()\\]|\\.)*)\)"
    rb"|(?P<nested>\()"
    rb"|(?P<array>\[)|(?P<array_end>\])"
    rb"|(?P<dict><<)|(?P<dict_end>>>)"
    rb"|<(?P<hex>[0-9A-Fa-f\s]*)(?=[^0-9A-Fa-f\s])"
    rb"|(?P<open_hex><)"
    rb"|%[^\r\n]*|>|\Z"
    rb"|(?P<other>.))",
    re.DOTALL,
)
ESCAPE = re.compile(rb"\\(?:([0-7]{1,3})|\r\n|(.))", re.DOTALL)
NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{0,2})")
SPACE = re.compile(rb"\s")
STRING_PART = re.compile(rb"[()\\]")
OCTAL = re.compile(rb"[0-7]{1,3}")
ESCAPED = {ord("b"): 8, ord("t"): 9, ord("n"): 10, ord("f"): 12, ord("r"): 13, ord("("): 40, ord(")"): 41, ord("\\"): 92}
ESCAPED_BYTES = {bytes((k,)): bytes((v,)) for k, v in ESCAPED.items()}
INLINE_IMAGE = (KWD(b"BI"), KWD(b"ID"))  # (an ID without its BI pdfminer drops: let it)
TRUE, FALSE = b"true", b"false"
OPENED_BY = {KEYWORD_ARRAY_END: b"[", KEYWORD_DICT_END: b"<<", KEYWORD_PROC_END: b"{"}  # (each closer's opener's name)
NO_DIGITS = frozenset((b"-", b"+", b".", b"-.", b"+."))  # (what TOKEN reads as a number with no digit)


class Unread(Exception):
    """A stream content_objects leaves to pdfminer's own parser (see the module's docstring)."""


def _name(raw: bytes) -> Any:
    """A /Name's PSLiteral: #xx escapes decoded as PSBaseParser._parse_literal_hex does (one or two hex
    digits make a byte; a '#' with none is dropped), then its UTF-8 text, or its bytes when not UTF-8."""
    if b"#" in raw:
        raw = NAME_ESCAPE.sub(lambda m: bytes((int(m[1], 16),)) if m[1] else b"", raw)
    try:
        return LIT(str(raw, "utf-8"))
    except UnicodeDecodeError:
        return LIT(raw)


def _hex(digits: bytes) -> bytes:
    """A <hex string>'s bytes: white space ignored, pairs of digits, a last odd digit a byte of its own."""
    digits = SPACE.sub(b"", digits)
    if len(digits) % 2:
        return bytes.fromhex(digits[:-1].decode()) + bytes((int(digits[-1:], 16),))
    return bytes.fromhex(digits.decode())


def _string(data: bytes, start: int) -> tuple[bytes, int]:
    """A (string) with nested parentheses or backslashes, from just after its '(': its bytes and the offset
    after its ')'. Escapes as PSBaseParser._parse_string_1: \\n \\r \\t \\b \\f \\( \\) \\\\, up to three octal
    digits, a backslash before a line end continues the line, and before any other byte drops both."""
    out = bytearray()
    depth, i, end = 1, start, len(data)
    while True:
        m = STRING_PART.search(data, i)
        if m is None:
            raise Unread("a string the stream ends inside")
        j = m.start()
        out += data[i:j]
        c = data[j]
        if c == 0x5C:  # backslash
            i = j + 1
            if i >= end:
                raise Unread("a string the stream ends inside")
            octal = OCTAL.match(data, i)
            if octal is not None:
                code = int(octal[0], 8)
                if code > 255:
                    raise Unread("an octal escape above \\377")
                out.append(code)
                i = octal.end()
                continue
            e = data[i]
            if e in ESCAPED:
                out.append(ESCAPED[e])
            elif e == 0x0D and data[i + 1:i + 2] == b"\n":  # (\ before \r\n: both skipped)
                i += 1
            i += 1
            continue
        if c == 0x28:  # (
            depth += 1
            out.append(c)
        else:  # )
            depth -= 1
            if depth == 0:
                return bytes(out), j + 1
            out.append(c)
        i = j + 1


def _unescape(m: re.Match[bytes]) -> bytes:
    octal, other = m[1], m[2]
    if octal is not None:
        code = int(octal, 8)
        if code > 255:
            raise Unread("an octal escape above \\377")
        return bytes((code,))
    return b"" if other is None else ESCAPED_BYTES.get(other, b"")  # (\ before a line end, or an unknown escape: dropped)


def tokens(data: bytes) -> list[Any]:
    """The tokens of one content stream, as PSBaseParser.nexttoken yields them (without their offsets)."""
    out: list[Any] = []
    add = out.append
    pos, end = 0, len(data)
    match = TOKEN.match
    while pos < end:
        m = match(data, pos)
        assert m is not None  # (white space to the end matches \Z)
        kind = m.lastgroup
        pos = m.end()
        if kind == "number":
            text = m[kind]
            if text not in NO_DIGITS:  # (pdfminer drops them: int() and float() refuse them)
                add(float(text) if b"." in text else int(text))
        elif kind == "keyword":
            word = m[kind]
            add(True if word == TRUE else False if word == FALSE else KWD(word))
        elif kind == "name":
            if pos == end:  # (pdfminer may carry it on into the next stream, or lose it after a '#')
                raise Unread("a name the stream ends on")
            add(_name(m[kind]))
        elif kind == "plain":
            add(m[kind])
        elif kind == "escaped":
            add(ESCAPE.sub(_unescape, m[kind]))
        elif kind == "array":
            add(KEYWORD_ARRAY_BEGIN)
        elif kind == "array_end":
            add(KEYWORD_ARRAY_END)
        elif kind is None:  # a comment, a lone '>' or the stream's end: no token
            continue
        elif kind == "nested":
            text, pos = _string(data, pos)
            add(text)
        elif kind == "hex":
            add(_hex(m[kind]))
        elif kind == "dict":
            add(KEYWORD_DICT_BEGIN)
        elif kind == "dict_end":
            add(KEYWORD_DICT_END)
        elif kind == "open_hex":
            raise Unread("a hex string the stream ends inside")
        else:  # other: a one-byte keyword
            add(KWD(m[kind]))
    return out


def content_objects(streams: Sequence[bytes]) -> list[Any] | None:
    """What PDFContentParser(streams).nextobject() returns, in order, without offsets: operands (numbers,
    strings, names, arrays, dicts) and operators (PSKeyword). None where pdfminer should read it itself."""
    try:
        flat: list[Any] = []
        for number, data in enumerate(streams, start=1):  # (a stream's end ends a token, as pdfminer's #1157 fix has it)
            if number < len(streams) and data.endswith(b">"):
                raise Unread("a '>' the next stream may close a dictionary with")
            flat += tokens(data)
    except Unread:
        return None
    out: list[Any] = []
    current = out  # the list being filled: the page's objects, or an open array, dict or procedure
    context: list[tuple[bytes, list[Any]]] = []  # (what is open, the list it goes into)
    for token in flat:
        if type(token) is PSKeyword:
            if token is KEYWORD_ARRAY_BEGIN or token is KEYWORD_DICT_BEGIN or token is KEYWORD_PROC_BEGIN:
                context.append((token.name, current))
                current = []
                continue
            if token is KEYWORD_ARRAY_END or token is KEYWORD_DICT_END or token is KEYWORD_PROC_END:
                opening = OPENED_BY[token]
                if not context or context[-1][0] != opening:
                    if settings.STRICT:
                        return None
                    continue  # (pdfminer drops a closing bracket that closes nothing open)
                items = current
                current = context.pop()[1]
                if opening == b"<<":
                    if len(items) % 2:
                        return None  # (pdfminer raises for it: let it)
                    current.append({literal_name(k): v for k, v in zip(items[::2], items[1::2], strict=True) if v is not None})
                else:
                    current.append(items)
                continue
            if token in INLINE_IMAGE:
                return None
        current.append(token)
    if context:
        return None
    return out


def pdfminer_objects(streams: Sequence[bytes]) -> list[Any]:
    """What pdfminer's own PDFContentParser reads from the (decoded) streams, without offsets: what
    content_objects must give wherever it reads a stream (its tests and benchmarks/content_stream.py)."""
    out: list[Any] = []
    try:
        parser = PDFContentParser([PDFStream({}, data) for data in streams])
    except PSEOF:  # (no stream at all)
        return out
    while True:
        try:
            out.append(parser.nextobject()[1])
        except PSEOF:
            return out


class FastInterpreter(PDFPageInterpreter):
    """pdfminer's interpreter reading content streams with content_objects, and looking each operator's
    method up once per page instead of once per use. Anything content_objects leaves alone goes to
    pdfminer's own execute, so what a device sees is the same either way."""

    def execute(self, streams: Sequence[object]) -> None:
        valid: list[PDFStream] = []  # (pdfminer's guard against a content stream that draws itself)
        self.stream_ids.clear()
        for obj in streams:
            stream = stream_value(obj)
            if stream.objid is None or stream.objid in self.parent_stream_ids:
                return super().execute(streams)  # (pdfminer says why it skips them)
            valid.append(stream)
            self.stream_ids.add(stream.objid)
        objects = content_objects([s.get_data() for s in valid])
        if objects is None:
            return super().execute(streams)
        operators: dict[PSKeyword, tuple[Callable[..., Any] | None, int]] = {}
        push, argstack = self.argstack.append, self.argstack
        for obj in objects:
            if type(obj) is not PSKeyword:
                push(obj)
                continue
            found = operators.get(obj)
            if found is None:
                found = operators[obj] = self._operator(obj)
            func, nargs = found
            if func is None:
                continue
            if nargs:
                args = argstack[-nargs:]
                del argstack[-nargs:]
                if len(args) == nargs:
                    func(*args)
            else:
                func()
            if self.argstack is not argstack:  # (an operator may set a new list: follow it)
                argstack = self.argstack
                push = argstack.append
        return None

    def _operator(self, keyword: PSKeyword) -> tuple[Callable[..., Any] | None, int]:
        name = keyword_name(keyword)
        method = "do_{}".format(name.replace("*", "_a").replace('"', "_w").replace("'", "_q"))
        func = getattr(self, method, None)
        if func is None:
            if settings.STRICT:
                raise PDFInterpreterError(f"Unknown operator: {name!r}")
            return None, 0
        return func, func.__code__.co_argcount - 1
