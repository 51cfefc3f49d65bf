"""Headings and their paths: 一、 (一) 1、 (1), inline headings, OCR-mangled ordinals."""

from __future__ import annotations

import pytest

from extract.document import join_pages
from extract.layout import Paragraph
from extract.records import PageText
from extract.sections import Heading, build_sections, parse_heading, section_at

LONG_ITEM = "1、产业项目获得协作支持资金1000万元,正在进行厂房基座施工,钢构材料已订购,完成投资1386万元,带动就业550人"

HEADINGS = [
    ("一、加强组织领导,强化协作保障", Heading(1, "一、", "一、加强组织领导,强化协作保障")),
    ("十一、其他工作", Heading(1, "十一、", "十一、其他工作")),
    ("一、2017年工作回顾", Heading(1, "一、", "一、2017年工作回顾")),
    ("(二)增进互访交流", Heading(2, "(二)", "(二)增进互访交流")),
    ("（二）增进互访交流", Heading(2, "（二）", "（二）增进互访交流")),
    ("3、产业扶持项目", Heading(3, "3、", "3、产业扶持项目")),
    ("(1)茶叶产业", Heading(4, "(1)", "(1)茶叶产业")),
    ("(一)加强组织领导。县委成立领导小组,由县长任组长,全年召开会议4次,研究部署扶贫协作工作,落实责任分工。",
     Heading(2, "(一)", "(一)加强组织领导")),
    ("—加强组织领导", Heading(1, "一、", "一、加强组织领导")),
    ("二'增进互访交流", Heading(1, "二、", "二、增进互访交流")),
    ("二,增进互访交流", Heading(1, "二、", "二、增进互访交流")),
]


@pytest.mark.parametrize(("paragraph", "heading"), HEADINGS, ids=[p[:12] for p, _ in HEADINGS])
def test_parse_heading(paragraph: str, heading: Heading) -> None:
    assert parse_heading(paragraph) == heading


@pytest.mark.parametrize(
    "paragraph",
    [LONG_ITEM, "一是加强领导", "2017年,全县完成投资", "3.5万元用于培训", "一、", "——坚持问题导向", "正文一段话。", ""],
)
def test_parse_heading_rejects_non_headings(paragraph: str) -> None:
    assert parse_heading(paragraph) is None


def test_build_sections_joins_paths_and_pops_levels() -> None:
    paragraphs = [
        (1, 0, "一、加强组织领导"),
        (1, 10, "(一)健全机制"),
        (1, 20, "1、建立联席会议"),
        (1, 30, "正文"),
        (1, 40, "(二)强化考核"),
        (2, 50, "二、增进互访交流"),
        (2, 60, LONG_ITEM),
    ]
    sections = build_sections(paragraphs)
    assert [s.path for s in sections] == [
        "一、加强组织领导",
        "一、加强组织领导 > (一)健全机制",
        "一、加强组织领导 > (一)健全机制 > 1、建立联席会议",
        "一、加强组织领导 > (二)强化考核",
        "二、增进互访交流",
    ]
    assert [s.level for s in sections] == [1, 2, 3, 2, 1]
    assert sections[-1].page == 2 and sections[-1].start == 50
    assert section_at(sections, 35) == "一、加强组织领导 > (一)健全机制 > 1、建立联席会议"
    assert section_at(sections, 65) == "二、增进互访交流"
    assert section_at(sections, -1) == ""


def test_numbered_items_of_a_list_are_no_headings() -> None:
    """Items after a paragraph that announces them ('…安排情况如下:'), or ending in ';', are a list, not headings:
    the figures after the list stay in the section before it (probe 15 found them under '4.社会事业类690万元')."""
    paragraphs = [
        (1, 0, "(二)强化资金保障"),
        (1, 10, "全年统筹资金5000万元,安排情况如下:"),
        (1, 40, "1.产业项目3200万元;"),
        (1, 55, "2.就业项目1000万元;"),
        (1, 70, "3.其他800万元。"),
        (1, 85, "正文"),
        (1, 90, "1.建立联席会议"),  # a heading again: no colon before it, no semicolon after it
        (1, 100, "(1)乡镇联络员制度;"),  # an item, by its semicolon
    ]
    sections = build_sections(paragraphs)
    assert [s.title for s in sections] == ["(二)强化资金保障", "1.建立联席会议"]
    assert section_at(sections, 86) == "(二)强化资金保障"


def test_an_appendix_is_a_section_of_its_own() -> None:
    """'附表1' and its title on the next line: the appendix's figures are not under the body's last heading."""
    paragraphs = [
        (5, 0, "四、下一步工作打算"),
        (5, 10, "(三)持续推进乡村建设"),
        (6, 30, "附表1"),
        (6, 40, "某县2024年项目资金安排表"),
        (7, 60, "附件2 某县帮扶干部名单"),
    ]
    sections = build_sections(paragraphs)
    assert [s.path for s in sections][-2:] == ["附表1 某县2024年项目资金安排表", "附件2 某县帮扶干部名单"]
    assert section_at(sections, 45) == "附表1 某县2024年项目资金安排表"


def _page(n: int, *paragraphs: tuple[str, bool, bool]) -> tuple[PageText, list[Paragraph]]:
    text = "\n".join(p for p, _, _ in paragraphs)
    return PageText(n, text, ()), [Paragraph(p, (), open_end, indented) for p, open_end, indented in paragraphs]


@pytest.mark.parametrize(("first", "runs_on"), [
    ("深化劳务协作,稳定就业规模。", True),  # a paragraph cut by the page break goes on
    ("附表1", False),                       # an appendix starts anew
    ("二、下一步工作打算", False),            # so does a heading
])
def test_a_page_runs_on_into_the_next_only_where_no_part_starts(first: str, runs_on: bool) -> None:
    """A right-aligned date at the foot of a page reaches the margin like a cut paragraph; the appendix on the next page
    is no continuation of it (probe 15's '2025年1月20日附表1')."""
    one = _page(1, ("2025年1月20日", True, False))
    two = _page(2, (first, False, False))
    doc = join_pages([one[0], two[0]], [one[1], two[1]])
    assert ("\n" not in doc.text) is runs_on


def test_numbered_notes_are_no_headings() -> None:
    """'注:1.本公报…' then '2.增长速度…': the notes under a bulletin's table are no sections (probe 20 found them as such)."""
    paragraphs = [(1, 0, "一、综合"), (1, 10, "注:1.本公报数据为初步统计数。"), (1, 40, "2.增长速度按可比口径计算。"),
                  (2, 60, "二、农业")]
    assert [s.title for s in build_sections(paragraphs)] == ["一、综合", "二、农业"]
