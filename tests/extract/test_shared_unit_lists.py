"""find_figures on bare numbers that share the unit printed after the last: '100、200、300万元' is three figures."""

from __future__ import annotations

from decimal import Decimal

import pytest
from factories import text_figures

from extract.figures import Found, find_figures
from extract.layout import normalize_char
from extract.relations import find_relations

D = Decimal


def quantities(text: str) -> list[Found]:
    normalized = "".join(normalize_char(ch) for ch in text)
    return [f for f in find_figures(normalized, 2019) if f.kind != "date"]


# ---------------------------------------------------------------- 1. a bare list takes the unit of its last number
# Each listed number keeps its own printed text as raw (and its own span); unit, scale and kind come from the last.
# text -> [(raw, value, unit, kind, base_value)]
SHARED = [
    (
        "分别投入资金100、200、300万元",
        [
            ("100", D("100"), "万元", "money", D("1000000")),
            ("200", D("200"), "万元", "money", D("2000000")),
            ("300万元", D("300"), "万元", "money", D("3000000")),
        ],
    ),
    (
        "三个村贫困户分别为5、3、2户",
        [
            ("三个", D("3"), "个", "count", D("3")),
            ("5", D("5"), "户", "count", D("5")),
            ("3", D("3"), "户", "count", D("3")),
            ("2户", D("2"), "户", "count", D("2")),
        ],
    ),
    (
        "帮扶1.5、2.3、0.8亿元",
        [
            ("1.5", D("1.5"), "亿元", "money", D("150000000")),
            ("2.3", D("2.3"), "亿元", "money", D("230000000")),
            ("0.8亿元", D("0.8"), "亿元", "money", D("80000000")),
        ],
    ),
    (
        "城关镇和新场镇分别建成12和8个",
        [
            ("12", D("12"), "个", "count", D("12")),
            ("8个", D("8"), "个", "count", D("8")),
        ],
    ),
    (
        "新建12、8及6个示范村",
        [
            ("12", D("12"), "个", "count", D("12")),
            ("8", D("8"), "个", "count", D("8")),
            ("6个", D("6"), "个", "count", D("6")),
        ],
    ),
    (
        "培训1,200、2,350人次",
        [
            ("1,200", D("1200"), "人次", "count", D("1200")),
            ("2,350人次", D("2350"), "人次", "count", D("2350")),
        ],
    ),
    (
        "两年分别增长10、20%",
        [
            ("10", D("10"), "%", "percent", D("10")),
            ("20%", D("20"), "%", "percent", D("20")),
        ],
    ),
    (
        "分别提高3.5和1.2个百分点",
        [
            ("3.5", D("3.5"), "个百分点", "percent", D("3.5")),
            ("1.2个百分点", D("1.2"), "个百分点", "percent", D("1.2")),
        ],
    ),
    (
        "每户补助0.5、1万元",
        [
            ("0.5", D("0.5"), "万元", "money", D("5000")),
            ("1万元", D("1"), "万元", "money", D("10000")),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED, ids=[t for t, _ in SHARED])
def test_bare_numbers_before_a_unit_share_it(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.raw, f.value, f.unit, f.kind, f.base_value) for f in quantities(text)] == expected


def test_shared_figures_keep_their_own_spans_and_exact_values() -> None:
    text = "分别投入资金100、200、300万元"
    found = quantities(text)
    assert [text[f.start : f.end] for f in found] == ["100", "200", "300万元"]
    assert all(type(f.value) is Decimal and f.base_unit == "元" and f.value_max is None for f in found)


def test_respective_list_with_a_shared_unit_is_labelled_by_its_subject() -> None:
    found = quantities("产业、就业、教育项目资金分别为100、200、300万元。")
    assert [f.value for f in found] == [D("100"), D("200"), D("300")]
    assert "分别" not in "".join(f.label for f in found)


# ---------------------------------------------------------------- 2. what a shared unit must not reach
# text -> [(raw, value, unit)]: the same figures as before the rule
UNCHANGED = [
    ("增长10%、20%", [("10%", D("10"), "%"), ("20%", D("20"), "%")]),
    ("投入100万元、200万元", [("100万元", D("100"), "万元"), ("200万元", D("200"), "万元")]),
    ("三、四、五月完成验收", []),
    ("1、2、3月累计投入", []),
    ("2018、2019年脱贫100户", [("100户", D("100"), "户")]),
    ("2017、2018、2019年", []),
    ("第1、2、3批次", []),
    ("第1、2批50户", [("50户", D("50"), "户")]),
    ("1、产业发展投入100万元", [("100万元", D("100"), "万元")]),
    ("二、就业帮扶培训300人", [("300人", D("300"), "人")]),
    ("措施如下:\n2、300万元用于修路", [("300万元", D("300"), "万元")]),
    ("2、300万元用于修路", [("300万元", D("300"), "万元")]),
    ("三、四个月完成", [("四个月", D("4"), "个月")]),
    ("G5、8公里", [("8公里", D("8"), "公里")]),
    ("每户补助3-5万元", [("3-5万元", D("3"), "万元")]),
    ("投入100、200余万元", [("200余万元", D("200"), "万元")]),
    ("第二、三批100户", [("100户", D("100"), "户")]),
    ("全县5、投入200万元", [("200万元", D("200"), "万元")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED, ids=[t for t, _ in UNCHANGED])
def test_numbers_that_do_not_share_a_unit(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.raw, f.value, f.unit) for f in quantities(text)] == expected


def test_years_before_a_year_stay_one_date() -> None:
    found = find_figures("2018、2019年分别脱贫100、200户", 2019)
    assert [(f.raw, f.kind, f.date_iso) for f in found] == [
        ("2019年", "date", "2019"),
        ("100", "count", None),
        ("200户", "count", None),
    ]


def test_a_shared_unit_list_is_read_as_the_parts_of_its_total() -> None:
    text = "全年投入资金600万元,其中产业、就业、教育分别为100、200、300万元。"
    figures = text_figures(text)
    raw = {f.figure_id: f.raw for f in figures}
    assert [
        (r.type, raw[r.parent_figure_id], [raw[c] for c in r.child_figure_ids])
        for r in find_relations(text, figures, "t")
    ] == [("sum", "600万元", ["100", "200", "300万元"])]
