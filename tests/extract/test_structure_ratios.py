"""Structure ratios ('三次产业结构调整为15.2:36.9:47.9'): their parts are percents of one whole, and total 100%."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, printed, quantities_in

READ = [
    # (text, the parts read, their label)
    ("全县三次产业结构调整为15.2:36.9:47.9,经济结构持续优化。", ["15.2", "36.9", "47.9"], "三次产业结构"),
    ("一二三产业构成为 12.1 : 40.3 : 47.6。", ["12.1", "40.3", "47.6"], "一二三产业构成"),
    ("三次产业比例由9.8：41.7：48.5调整为", ["9.8", "41.7", "48.5"], "三次产业比例"),  # (full-width colons)
    ("常住人口年龄构成为18:63:19。", ["18", "63", "19"], "常住人口年龄构成"),
    ("农业内部农林牧渔业比重为52.3:4.1:36.6:7.0。", ["52.3", "4.1", "36.6", "7.0"], "农业内部农林牧渔业比重"),
    ("地区生产总值增长6.5%,三次产业增加值占比为14.6:38.1:47.3。", ["14.6", "38.1", "47.3"], "三次产业增加值占比"),
]


@pytest.mark.parametrize(("text", "parts", "label"), READ)
def test_a_structure_ratio_is_read_as_percents_of_one_whole(text: str, parts: list[str], label: str) -> None:
    found = [f for f in quantities_in(text) if f.note.startswith("结构比")]
    assert [f.raw for f in found] == parts
    assert {(f.unit, f.kind, f.label) for f in found} == {("%", "percent", label)}
    assert [f.note.split("的第")[1] for f in found] == [f"{k}项,共{len(parts)}项(单位%为推定)" for k in range(1, len(parts) + 1)]


NOT_READ = [
    "会议于10:30:15开始。",  # a time: no structure named
    "出资比例为3:3:4。",  # parts of ten, not percents
    "按1:2:7的比例配套资金。",  # the 比例 comes after the ratio
    "城乡结构为60:40。",  # two parts only: too like a time or a score
    "比分为3:2:1,产业结构调整。",  # a structure named after it, in another clause
    "股权结构为120:30:50。",  # a part over a hundred
    "男女性别比为104.5:100:98。",  # parts over a hundred, and no structure
    "产业结构为15.2:36.9:47.9:2019。",  # a fourth number no share can be
]


@pytest.mark.parametrize("text", NOT_READ)
def test_colon_numbers_that_are_no_structure_are_not_read(text: str) -> None:
    assert not [f for f in quantities_in(text) if f.note.startswith("结构比")]


CHECKED = [
    # (text, (parts, holds) of each share check)
    ("三次产业结构由16.8:35.2:48.0调整为15.2:36.9:47.9。", [(["16.8", "35.2", "48.0"], True), (["15.2", "36.9", "47.9"], True)]),
    ("三次产业结构为15.2:36.9:48.7,地区生产总值增长6.5%。", [(["15.2", "36.9", "48.7"], False)]),  # 100.8
    ("三次产业比重为15.2%:36.9%:47.9%。", [(["15.2%", "36.9%", "47.9%"], True)]),  # printed with their %
    ("三次产业比重为15.2%:36.9%:46.9%。", [(["15.2%", "36.9%", "46.9%"], False)]),
    ("就业结构为33:27:40。", [(["33", "27", "40"], True)]),
    ("三次产业增加值占比为14.6%:38.1%:46.7%。", [(["14.6%", "38.1%", "46.7%"], False)]),  # 99.4
    ("就业结构为33:27:41。", [(["33", "27", "41"], False)]),
    ("三次产业结构为15.23:36.92:47.84。", [(["15.23", "36.92", "47.84"], True)]),  # 99.99: within the rounding
]


@pytest.mark.parametrize(("text", "checks"), CHECKED)
def test_a_structure_ratio_totals_a_hundred_percent(text: str, checks: list[tuple[list[str], bool]]) -> None:
    found = checked_with_confidence(printed(text))
    assert [(kids, holds) for (type_, parent, kids, _, holds), _ in found] == checks
    assert all(type_ == "share" and parent is None and confidence == "high" for (type_, parent, *_), confidence in found)


def test_percents_joined_otherwise_are_no_structure() -> None:
    assert checked_with_confidence(printed("产业结构方面,一产增长3.5%、二产增长6.2%、三产增长8.1%。")) == []
    assert checked_with_confidence(printed("出资结构为30%:30%:20%。")) == []  # (80: far from a whole)
