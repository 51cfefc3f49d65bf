"""find_figures edge cases: signs, item markers, ranges with the scale on both ends, 左右, 届 and listed ordinals."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from factories import printed, quantities_in

from extract.document import build_extraction
from extract.figures import find_figures
from extract.layout import Char, Line, RawPage, line_text, normalize_char

D = Decimal
SIZE = 12.0


normalized = printed
quantities = quantities_in


def line_of(text: str, top: float = 100.0, x0: float = 72.0) -> Line:
    chars, x = [], x0
    for ch in text:
        width = SIZE / 2 if ch.isascii() else SIZE
        chars.append(Char(ch, x, top, x + width, top + SIZE, SIZE))
        x += width
    return Line(tuple(chars))


# ---------------------------------------------------------------- 1. a minus sign belongs to the number
# text -> (raw, value, unit, base_value)
NEGATIVES = [
    ("工业产值增长-2.5%", ("-2.5%", D("-2.5"), "%", D("-2.5"))),
    ("固定资产投资同比增长−3.1%,低于全省", ("−3.1%", D("-3.1"), "%", D("-3.1"))),
    ("利润总额增速为－12.5%。", ("-12.5%", D("-12.5"), "%", D("-12.5"))),
    ("财政收入较上年(-0.8个百分点)", ("-0.8个百分点", D("-0.8"), "个百分点", D("-0.8"))),
    ("净利润为-120万元", ("-120万元", D("-120"), "万元", D("-1200000"))),
]


@pytest.mark.parametrize(("text", "expected"), NEGATIVES, ids=[t for t, _ in NEGATIVES])
def test_minus_sign_before_a_number_makes_it_negative(text: str, expected: tuple[object, ...]) -> None:
    (f,) = quantities(text)
    assert (f.raw, f.value, f.unit, f.base_value) == expected
    assert "-" not in f.label and "−" not in f.label


# a dash between two numbers is a range or a span of years, never a sign: text -> [(raw, value, value_max)]
DASHES_BETWEEN_NUMBERS = [
    ("每户补助3-5万元", [("3-5万元", D("3"), D("5"))]),
    ("孵化2－3家企业", [("2-3家", D("2"), D("3"))]),
    ("2019-2020年投入资金100万元", [("100万元", D("100"), None)]),
    ("2016-2020年规划期内", []),
    ("收入增长10%-15%", [("10%-15%", D("10"), D("15"))]),
    ("编号A-12号", []),
]


@pytest.mark.parametrize(("text", "expected"), DASHES_BETWEEN_NUMBERS, ids=[t for t, _ in DASHES_BETWEEN_NUMBERS])
def test_dash_between_numbers_is_not_a_sign(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.raw, f.value, f.value_max) for f in quantities(text)] == expected


# ---------------------------------------------------------------- 2. circled item numbers are markers, not digits
@pytest.mark.parametrize(
    ("glyph", "norm"),
    [("①", "①"), ("⑩", "⑩"), ("⑳", "⑳"), ("⒈", "⒈"), ("㉑", "㉑"), ("⑴", "(1)"), ("㈠", "(一)"), ("１", "1"), ("⒛", "⒛")],
)
def test_normalize_char_keeps_item_markers_that_would_become_bare_digits(glyph: str, norm: str) -> None:
    assert normalize_char(glyph) == norm


# text -> [(raw, value)]
ITEM_MARKERS = [
    ("①300万元用于产业;②200万元用于就业", [("300万元", D("300")), ("200万元", D("200"))]),
    ("⒈300万元用于修路。⒉200万元用于建桥。", [("300万元", D("300")), ("200万元", D("200"))]),
    ("⑩15个村完成改造", [("15个", D("15"))]),
    ("㉑12户纳入监测", [("12户", D("12"))]),
    ("⑴投入资金50万元,⑵培训120人", [("50万元", D("50")), ("120人", D("120"))]),
    ("③2019年3月投入资金80万元", [("80万元", D("80"))]),
]


@pytest.mark.parametrize(("text", "expected"), ITEM_MARKERS, ids=[t for t, _ in ITEM_MARKERS])
def test_item_marker_does_not_join_the_amount_after_it(text: str, expected: list[tuple[str, Decimal]]) -> None:
    found = quantities(text)
    assert [(f.raw, f.value) for f in found] == expected
    assert not any(ch in f.label for f in found for ch in "①②⒈⒉⑩㉑")


def test_item_marker_date_is_still_found() -> None:
    dates = [f for f in find_figures(normalized("③2019年3月投入资金80万元"), 2019) if f.kind == "date"]
    assert [(d.raw, d.date_iso) for d in dates] == [("2019年3月", "2019-03")]


def test_item_markers_on_a_pdf_line_stay_markers() -> None:
    text, _ = line_text(line_of("①300万元用于产业,②200万元用于就业。"))
    assert text.startswith("①300万元")
    assert [(f.raw, f.value) for f in find_figures(text, 2019)] == [("300万元", D("300")), ("200万元", D("200"))]


def test_item_markers_through_the_page_pipeline() -> None:
    filler = "一二三四五六七八九十一二三四五六七八九十一二"
    lines = (line_of(filler, 100.0), line_of("①300万元用于产业,②200万元用于就业。", 118.0, 96.0), line_of(filler, 136.0))
    extraction = build_extraction([RawPage(1, 595.0, 842.0, lines)], Path("markers.pdf"), "0" * 64)
    assert [(f.raw, f.base_value) for f in extraction.figures] == [("300万元", D("3000000")), ("200万元", D("2000000"))]


# ---------------------------------------------------------------- 3. a range with the scale (or unit) on both ends
# text -> (raw, value, value_max, unit, base_value)
SCALED_RANGES = [
    ("每户补助3万至5万元", ("3万至5万元", D("3"), D("5"), "万元", D("30000"))),
    ("单个项目投资3万—5万元", ("3万—5万元", D("3"), D("5"), "万元", D("30000"))),
    ("每户补助3万-5万元", ("3万-5万元", D("3"), D("5"), "万元", D("30000"))),
    ("人均增收0.5万到1万元", ("0.5万到1万元", D("0.5"), D("1"), "万元", D("5000"))),
    ("总投资1亿~2亿元", ("1亿~2亿元", D("1"), D("2"), "亿元", D("100000000"))),
    ("转移就业2万至3万人", ("2万至3万人", D("2"), D("3"), "万人", D("20000"))),
    ("每户补助3万元至5万元", ("3万元至5万元", D("3"), D("5"), "万元", D("30000"))),
    ("每期培训20人-30人", ("20人-30人", D("20"), D("30"), "人", D("20"))),
    ("孵化3至5家", ("3至5家", D("3"), D("5"), "家", D("3"))),
]


@pytest.mark.parametrize(("text", "expected"), SCALED_RANGES, ids=[t for t, _ in SCALED_RANGES])
def test_range_with_scale_on_both_ends_is_one_range_figure(text: str, expected: tuple[object, ...]) -> None:
    (f,) = quantities(text)
    assert (f.raw, f.value, f.value_max, f.unit, f.base_value) == expected


@pytest.mark.parametrize(
    ("text", "raws"),
    [("人均收入从3万元提高到5万元", ["3万元", "5万元"]), ("投入3万元,至5月底完成", ["3万元"]), ("3万人至5万元", ["3万人", "5万元"])],
)
def test_two_amounts_that_are_not_a_range_stay_two(text: str, raws: list[str]) -> None:
    assert [f.raw for f in quantities(text)] == raws


# ---------------------------------------------------------------- 4. 左右 / 上下 / 前后 after a number are approximate
# text -> (raw, value, approx)
APPROX_AFTER = [
    ("全年培训农民3000人左右", ("3000人", D("3000"), "左右")),
    ("投入资金500万元左右,用于修路", ("500万元", D("500"), "左右")),
    ("贫困发生率降至2%上下。", ("2%", D("2"), "上下")),
    ("带动就业200人上下,人均增收", ("200人", D("200"), "上下")),
    ("每年接待游客10万人次前后。", ("10万人次", D("10"), "前后")),
    ("建成车间10个左右,吸纳就业", ("10个", D("10"), "左右")),
    ("约3000人参加", ("3000人", D("3000"), "约")),
    ("建成3个上下游产业链", ("3个", D("3"), "")),
]


@pytest.mark.parametrize(("text", "expected"), APPROX_AFTER, ids=[t for t, _ in APPROX_AFTER])
def test_approximate_word_after_a_number_marks_it_approx(text: str, expected: tuple[object, ...]) -> None:
    (f,) = quantities(text)
    assert (f.raw, f.value, f.approx) == expected
    assert f.label not in ("左右", "上下", "前后")


# ---------------------------------------------------------------- 5. 届 after a year or before a body is an ordinal
@pytest.mark.parametrize(
    "text",
    ["2019届高校毕业生", "二〇二〇届毕业生就业", "认真学习党的十九届四中全会精神", "贯彻落实县十七届人大三次会议精神", "十九届中央委员会"],
)
def test_jie_after_a_year_or_before_a_body_is_no_figure(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "raws"),
    [("2019届高校毕业生320人", ["320人"]), ("连续举办3届农民丰收节", ["3届"]), ("已成功举办五届,", ["五届"])],
)
def test_jie_as_a_count_of_editions_stays(text: str, raws: list[str]) -> None:
    assert [f.raw for f in quantities(text)] == raws


# ---------------------------------------------------------------- 6. ordinals listed after 第
@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("第1、2批共培训50人", ["50人"]),
        ("在全省比赛中获得第三、四名", []),
        ("第1至3季度完成投资1亿元", ["1亿元"]),
        ("第3-5名各奖励2000元", ["2000元"]),
        ("第一、二、三批共20户", ["20户"]),
        ("第二和第三批共培训12人", ["12人"]),
        ("完成第1批,共30户", ["30户"]),
        ("第一批12户、第二批8户", ["12户", "8户"]),
    ],
)
def test_numbers_listed_after_di_are_ordinals(text: str, raws: list[str]) -> None:
    assert [f.raw for f in quantities(text)] == raws
