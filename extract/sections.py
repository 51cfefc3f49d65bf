"""Headings and the section tree: '三、有效实施项目,增强造血功能' (level 1), '(一)…' (2), '1、…' (3)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.records import Section

CN_DIGITS = "一二三四五六七八九十"
# OCR reads 一 as a dash and 、 as a quote or comma: '—加强组织领导', '二'增进互访交流'.
HEADING_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(
        rf"^(?P<ord>[{CN_DIGITS}]{{1,3}}、(?=[\u4e00-\u9fff\d“\"《])"  # '一、2017年工作回顾' too
        rf"|[{CN_DIGITS}]{{1,3}}[,,'’`.．](?=[\u4e00-\u9fff])|[—\-－―][、,,'’`.．]?(?=[\u4e00-\u9fff]))"
    )),
    (2, re.compile(rf"^(?P<ord>[((（][{CN_DIGITS}]{{1,3}}[))）])")),
    (3, re.compile(r"^(?P<ord>\d{1,2}[、.．](?!\d))")),
    (4, re.compile(r"^(?P<ord>[((（]\d{1,2}[))）])")),
)
NOTE_STARTS = ("注:", "注:", "注释", "说明:", "说明:", "备注")  # '注:1.本公报…' then '2.增长速度…': notes, no headings
ITEM_LEVEL = 3  # '1.' and '(1)' number the items of a list as often as headings
MAX_HEADING = 40  # a whole paragraph this short that opens with an ordinal is a heading
MAX_INLINE_HEADING = 24  # '(一)加强组织领导。正文…': the first sentence is the heading


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    ordinal: str
    title: str


def parse_heading(paragraph: str) -> Heading | None:
    """'一、加强组织领导,强化协作保障' -> Heading(1, '一、', ...); a long numbered item is not a heading."""
    text = paragraph.strip()
    for level, pattern in HEADING_PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        ordinal = match.group("ord")
        if level == 1 and ordinal[0] in "—-－―":
            ordinal = "一、"  # an OCR-mangled 一、
        elif level == 1 and ordinal[-1] != "、":
            ordinal = ordinal[:-1] + "、"
        body = text[match.end():]
        if not body:
            return None
        if len(text) <= MAX_HEADING and not re.search(r"[。;;]", text[:-1]):
            return Heading(level, ordinal, ordinal + body.rstrip("。"))
        first = re.split(r"[。]", body, maxsplit=1)[0]
        if len(first) <= MAX_INLINE_HEADING and len(first) < len(body):
            return Heading(level, ordinal, ordinal + first)
        return None
    return None


APPENDIX_RE = re.compile(r"^(?P<ord>附(?:表|件|录)\s*\d{0,2})\s*(?P<title>.*)$")


def _appendix(text: str, following: str) -> Heading | None:
    """'附表1' (its title on the next line: '…项目安排表'): a section of its own, at the top level, so the figures of an
    appendix are not filed under the body's last heading."""
    m = APPENDIX_RE.match(text.strip())
    if m is None or len(text.strip()) > MAX_HEADING or re.search(r"[。;;]", text):
        return None
    title = m.group("title") or (following.strip() if len(following.strip()) <= MAX_HEADING and parse_heading(following) is None
                                 and not re.search(r"[。;;]", following) else "")
    ordinal = m.group("ord").replace(" ", "")
    return Heading(1, ordinal, f"{ordinal} {title}".strip())


def build_sections(paragraphs: Sequence[tuple[int, int, str]]) -> list[Section]:
    """Sections from (page, document offset, paragraph text), each with its path of parent headings."""
    sections: list[Section] = []
    stack: list[Heading] = []
    listing = False  # after a paragraph that announces items ('资金安排情况如下:'): numbered paragraphs are its items
    for i, (page, start, text) in enumerate(paragraphs):
        heading = parse_heading(text) or _appendix(text, paragraphs[i + 1][2] if i + 1 < len(paragraphs) else "")
        item = heading is not None and heading.level >= ITEM_LEVEL and (listing or text.rstrip()[-1:] in ";;")
        listing = text.rstrip()[-1:] in "::" or text.lstrip().startswith(NOTE_STARTS) or (listing and item)
        if heading is None or item:
            continue  # '1.产业发展类项目17630万元,占比61.5%;' is an item of a list, no heading
        while stack and stack[-1].level >= heading.level:
            stack.pop()
        stack.append(heading)
        path = " > ".join(h.title for h in stack)
        sections.append(Section(heading.level, heading.ordinal, heading.title, path, page, start))
    return sections


def section_at(sections: Sequence[Section], offset: int) -> str:
    """The path of the last heading that starts at or before a document offset ('' before the first)."""
    path = ""
    for section in sections:
        if section.start > offset:
            break
        path = section.path
    return path
