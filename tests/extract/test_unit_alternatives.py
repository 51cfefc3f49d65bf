"""A count's other measure word in brackets after it ('4.73万套(间)', '36台(套)') is part of the figure as printed."""

from __future__ import annotations

import pytest
from factories import checked_text, printed, quantities_in

READ = [
    ("累计筹集保障性租赁住房4.73万套（间）", [("4.73万套(间)", "万套")]),
    ("购置生产设备36台(套);配套建设道路1.2公里", [("36台(套)", "台"), ("1.2公里", "公里")]),
    ("建成安置房1200套 (户)", [("1200套 (户)", "套")]),
    ("新建住房120套(含商铺8间)", [("120套", "套"), ("8间", "间")]),  # (a bracket that says more is not a measure word)
    ("投入资金300万元(元)", [("300万元", "万元")]),  # (money has no other measure word)
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_a_bracketed_measure_word_belongs_to_its_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.unit) for f in quantities_in(text)] == expected


CHECKED = [
    ("累计筹集保障性租赁住房4.73万套（间），包括新建2.91万套（间）和改建1.92万套（间）。",
     [("sum", "4.73万套(间)", ["2.91万套(间)", "1.92万套(间)"], "包括", False)]),
    ("全县建成安置房1200套（户），其中集中安置800套（户）、分散安置400套（户）。",
     [("sum", "1200套(户)", ["800套(户)", "400套(户)"], "其中", True)]),
    ("购置生产设备36台（套），其中检测设备12台（套）、加工设备20台（套）。",
     [("sum", "36台(套)", ["12台(套)", "20台(套)"], "其中", False)]),
]


@pytest.mark.parametrize(("text", "expected"), CHECKED)
def test_a_list_of_counts_with_bracketed_measure_words_is_checked(text: str, expected: list[tuple[object, ...]]) -> None:
    assert checked_text(printed(text)) == expected


LABELLED = [
    ("新建幼儿园14所(个),包括公办园9所(个)和普惠性民办园4所(个)", ["幼儿园", "公办园", "普惠性民办园"]),
    ("新建幼儿园14所,包括公办园9所和普惠性民办园4所", ["幼儿园", "公办园", "普惠性民办园"]),
    ("建成村级活动场所12个、文化广场8个及卫生室5间", ["村级活动场所", "文化广场", "卫生室"]),
]


@pytest.mark.parametrize(("text", "labels"), LABELLED)
def test_a_count_is_not_labelled_by_the_next_item_after_a_conjunction(text: str, labels: list[str]) -> None:
    assert [f.label for f in quantities_in(text)] == labels
