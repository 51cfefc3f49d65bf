"""find_figures on sentences written for the test: number forms, units, approximations, dates, non-figures."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest
from factories import mutated_sentences
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.figures import Found, find_figures, references
from extract.layout import normalize_char

D = Decimal


def only(text: str, report_year: int | None = 2018) -> Found:
    found = [f for f in find_figures(unicodedata.normalize("NFKC", text), report_year) if f.kind != "date"]
    assert len(found) == 1, found
    return found[0]


# text -> (raw, value, unit, kind, base_value, value_max, approx)
QUANTITIES = [
    ("获得资金1710万元", ("1710万元", D("1710"), "万元", "money", D("17100000"), None, "")),
    ("获得资金１７１０万元", ("1710万元", D("1710"), "万元", "money", D("17100000"), None, "")),
    ("受益12,345户", ("12,345户", D("12345"), "户", "count", D("12345"), None, "")),
    ("投入1,710.5万元", ("1,710.5万元", D("1710.5"), "万元", "money", D("17105000"), None, "")),
    ("奖补资金92.98万元", ("92.98万元", D("92.98"), "万元", "money", D("929800"), None, "")),
    ("人均0.5万元", ("0.5万元", D("0.5"), "万元", "money", D("5000"), None, "")),
    ("分两批赴外地", ("两批", D("2"), "批", "count", D("2"), None, "")),
    ("建成三十个", ("三十个", D("30"), "个", "count", D("30"), None, "")),
    ("投入一千二百万元", ("一千二百万元", D("1200"), "万元", "money", D("12000000"), None, "")),
    ("涉及十四个镇", ("十四个", D("14"), "个", "count", D("14"), None, "")),
    ("奖励一万二千元", ("一万二千元", D("12000"), "元", "money", D("12000"), None, "")),
    ("孵化3-5家", ("3-5家", D("3"), "家", "count", D("3"), D("5"), "")),
    ("孵化3至5家", ("3至5家", D("3"), "家", "count", D("3"), D("5"), "")),
    ("孵化3~5家", ("3~5家", D("3"), "家", "count", D("3"), D("5"), "")),
    ("孵化３－５家", ("3-5家", D("3"), "家", "count", D("3"), D("5"), "")),
    ("近2000人参加", ("2000人", D("2000"), "人", "count", D("2000"), None, "近")),
    ("受益500余户", ("500余户", D("500"), "户", "count", D("500"), None, "余")),
    ("转移1.2万余人", ("1.2万余人", D("1.2"), "万人", "count", D("12000"), None, "余")),
    ("约30%的农户", ("30%", D("30"), "%", "percent", D("30"), None, "约")),
    ("带动2000多人", ("2000多人", D("2000"), "人", "count", D("2000"), None, "多")),
    ("筹集300余万元", ("300余万元", D("300"), "万元", "money", D("3000000"), None, "余")),
    ("培训2万多人", ("2万多人", D("2"), "万人", "count", D("20000"), None, "多")),
    ("收入增长12.5%", ("12.5%", D("12.5"), "%", "percent", D("12.5"), None, "")),
    ("占比40%", ("40%", D("40"), "%", "percent", D("40"), None, "")),
    ("发生率3‰", ("3‰", D("3"), "‰", "percent", D("0.3"), None, "")),
    ("提高8.5个百分点", ("8.5个百分点", D("8.5"), "个百分点", "percent", D("8.5"), None, "")),
    ("接待5万人次", ("5万人次", D("5"), "万人次", "count", D("50000"), None, "")),
    ("种植3万亩", ("3万亩", D("3"), "万亩", "other", D("30000"), None, "")),
    ("建成2万平方米", ("2万平方米", D("2"), "万平方米", "other", D("20000"), None, "")),
    ("投资1.5亿元", ("1.5亿元", D("1.5"), "亿元", "money", D("150000000"), None, "")),
    ("支出300千元", ("300千元", D("300"), "千元", "money", D("300000"), None, "")),
    ("投资3千万元", ("3千万元", D("3"), "千万元", "money", D("30000000"), None, "")),
    ("互访8批次", ("8批次", D("8"), "批次", "count", D("8"), None, "")),
    ("余额12.50万元", ("12.50万元", D("12.50"), "万元", "money", D("125000"), None, "")),
    ("总额9999.99亿元", ("9999.99亿元", D("9999.99"), "亿元", "money", D("999999000000"), None, "")),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES, ids=[t for t, _ in QUANTITIES])
def test_find_figures_reads_number_forms(text: str, expected: tuple[object, ...]) -> None:
    f = only(text)
    assert (f.raw, f.value, f.unit, f.kind, f.base_value, f.value_max, f.approx) == expected


@pytest.mark.parametrize("text", [t for t, _ in QUANTITIES])
def test_find_figures_span_is_raw_and_values_are_finite(text: str) -> None:
    norm = unicodedata.normalize("NFKC", text)
    for f in find_figures(norm, 2018):
        assert norm[f.start:f.end] == f.raw
        for v in (f.value, f.value_max, f.base_value):
            assert v is None or v.is_finite()


@pytest.mark.parametrize(
    ("text", "base"),
    [("92.98万元", "929800"), ("460.1万元", "4601000"), ("133.48万元", "1334800"), ("1.5亿元", "150000000"),
     ("0.01万元", "100"), ("123456789.12万元", "1234567891200"), ("1,710.5万元", "17105000")],
)
def test_money_base_value_keeps_every_digit(text: str, base: str) -> None:
    f = only("资金" + text)
    assert f.base_value == Decimal(base)
    assert f.base_value is not None and "E" not in str(f.base_value)
    exponent = f.base_value.as_tuple().exponent
    assert isinstance(exponent, int) and exponent <= 0


def test_fullwidth_digits_normalise_per_char() -> None:
    assert "".join(normalize_char(c) for c in "１７１０万元，（一）％") == "1710万元,(一)%"
    assert normalize_char("\u3000") == " "
    assert normalize_char("\x07") == ""


DATES = [
    ("2017年8月29日", 2018, "2017-08-29"),
    ("2018年1月", 2018, "2018-01"),
    ("1月9日", 2018, "2018-01-09"),
    ("2016-2020年", 2018, "2016/2020"),
    ("二〇一七年十月", 2018, "2017-10"),
    ("2017年12月31日", None, "2017-12-31"),
    ("2017年", 2018, "2017"),
]


@pytest.mark.parametrize(("text", "year", "iso"), DATES)
def test_find_figures_reads_dates(text: str, year: int | None, iso: str) -> None:
    found = find_figures("于" + text + "召开", year)
    assert [(f.kind, f.raw, f.date_iso) for f in found] == [("date", text, iso)]


def test_month_day_without_report_year_is_not_a_date() -> None:
    assert find_figures("于1月9日召开", None) == []


NOT_FIGURES = [
    "一、加强组织领导",
    "(二)增进互访交流",
    "3、项目建设",
    "第一,加强领导",
    "“十三五”期间",
    "十三五期间",
    "担任第一组长",
    "首批企业入驻",
    "引进一批优势企业",
    "完成一项工作",
    "《2018年工作要点》",
    "联系电话0915-1234567",
    "手机13912345678",
    "走进千家万户",
    "沿G312国道",
    "建设5G基站",
    "— 3 —",
    "第3页",
    "第3批",
    "一二三产业融合",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_find_figures_skips_non_figures(text: str) -> None:
    assert [f for f in find_figures(text, 2018) if f.kind != "date"] == []


def test_document_number_is_a_reference_not_a_quantity() -> None:
    text = "根据紫政发〔2017〕12号文件,下达资金50万元"
    assert references(text) == ["〔2017〕12号"]
    assert [f.raw for f in find_figures(text, 2018)] == ["50万元"]


def test_number_after_latin_code_is_read_after_it() -> None:
    assert [f.raw for f in find_figures("G312国道改造12公里,5G基站32个", 2018)] == ["12公里", "32个"]


def test_backwards_range_keeps_span_without_value() -> None:
    f = only("孵化5-3家")
    assert f.value is None and f.note


REPORT_SENTENCES = [
    "全年两地横向交流26批193人次,其中赴外地考察交流22批144人次。",
    "获得扶贫协作支持资金1710万元,上述项目进展情况如下:",
    "可孵化中小企业3-5家,稳定解决贫困人口550人进厂就业。",
    "其中:发展茶园6114户,奖补资金460.1万元;魔芋1394户,奖补资金92.98万元。",
    "下余资金133.48万元,继续带动贫困户发展茶园。",
    "2017年8月29日,县长率团一行30人赴外地考察。",
    "转移就业1.2万余人,人均增收3000多元,占比约30%。",
    "根据〔2017〕12号文件,投入一千二百万元,建成三十个扶贫车间。",
    "联系电话0915-1234567,“十三五”期间新增１，２３４户。",
    "签订合作协议12项,协议金额5.6亿元,增长12.5%。",
]


def _mutated() -> st.SearchStrategy[str]:
    return mutated_sentences(REPORT_SENTENCES, "0123456789.,万亿元户人个%-至余多近约一二十百千两、()《》〔〕年月日号第", repeat=3)


def _check_invariants(text: str) -> None:
    for f in find_figures(text, 2018):
        assert text[f.start:f.end] == f.raw
        assert f.start < f.end
        for v in (f.value, f.value_max, f.base_value):
            assert v is None or (isinstance(v, Decimal) and v.is_finite())
        if f.kind == "date":
            assert f.date_iso
        elif f.approx[:1] in ("近", "约", "逾", "超", "将", "大"):
            assert text[:f.start].endswith(f.approx.rstrip("余多")) or f.approx.rstrip("余多") == ""


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.text())
def test_find_figures_never_raises_on_any_text(text: str) -> None:
    _check_invariants(text)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(_mutated())
def test_find_figures_never_raises_on_mutated_report_sentences(text: str) -> None:
    _check_invariants(text)


@pytest.mark.parametrize("text", [
    "年初分别为52,10、3684人。",  # (found by a fuzz test of the stock rules: a listed item with a broken thousands group)
    "受益农户1,23、2,456户。",
    "分别投入3,4、5,600万元。",
])
def test_a_listed_number_that_cannot_be_read_is_left_out_not_raised(text: str) -> None:
    """An item of a list sharing the last figure's unit that no number is printed as is no figure; the rest are."""
    _check_invariants(text)
    assert all(f.value is not None for f in find_figures(text, 2018) if f.kind != "date")


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("建成车间9个,分布在甲村、乙村,分别为6个、3个,另建仓库2个。", ["车间", "甲村车间", "乙村车间", "另建仓库"]),
        ("甲、乙两镇受益户分别为60户、40户。全县受益户100户。", ["乙", "甲受益户", "乙受益户", "受益户"]),
    ],
)
def test_respective_list_ends_where_the_figures_stop_being_listed(text: str, labels: list[str]) -> None:
    """Only the figures printed as one list right after 分别为 take the subject's labels."""
    assert [f.label for f in find_figures(text, 2018) if f.kind != "date"] == labels


@pytest.mark.parametrize(
    ("text", "raw", "value", "unit", "base", "approx"),
    [
        ("带动近千户脱贫户增收", "千户", "1000", "户", "1000", "近"),
        ("带动万余人实现增收", "万余人", "1", "万人", "10000", "余"),
        ("统筹整合资金逾亿元", "亿元", "1", "亿元", "100000000", "逾"),
        ("百余人参加培训", "百余人", "100", "人", "100", "余"),
        ("组织包车42趟", "42趟", "42", "趟", "42", ""),
    ],
)
def test_a_bare_multiple_with_an_approximate_word_is_a_figure(text: str, raw: str, value: str, unit: str, base: str, approx: str) -> None:
    [f] = [f for f in find_figures(text, 2020) if f.kind != "date"]
    assert (f.raw, f.value, f.unit, f.base_value, f.approx) == (raw, Decimal(value), unit, Decimal(base), approx)


@pytest.mark.parametrize("text", ["千家万户", "数百人参加", "九年义务教育", "三年行动计划"])
def test_idioms_and_named_spans_of_years_are_not_figures(text: str) -> None:
    assert [f for f in find_figures(text, 2020) if f.kind != "date"] == []


@pytest.mark.parametrize(
    ("text", "raw", "iso"),
    [
        ("截至2020年6月底,全县", "2020年6月底", "2020-06"),
        ("2019年底前完成", "2019年底", "2019-12"),
        ("2021年上半年,全县", "2021年上半年", "2021-01/2021-06"),
        ("2020年第四季度开工", "2020年第四季度", "2020-10/2020-12"),
        ("2020年1—6月,全县", "2020年1—6月", "2020-01/2020-06"),
        ("1—10月,园区完成产值", "1—10月", "2018-01/2018-10"),
        ("2019年3月上旬召开", "2019年3月上旬", "2019-03"),
    ],
)
def test_periods_of_a_year_keep_their_words_and_get_an_iso_period(text: str, raw: str, iso: str) -> None:
    [d] = [f for f in find_figures(text, 2018) if f.kind == "date"]
    assert (d.raw, d.date_iso) == (raw, iso)


@pytest.mark.parametrize(("text", "base"), [("发生率3.6‰", ("3.6‰", D("0.36"), "%")), ("千分之三", ("千分之三", D("0.3"), "%")),
                                            ("占比40%", ("40%", D("40"), "%")),
                                            ("提高8.5个百分点", ("8.5个百分点", D("8.5"), "个百分点"))])
def test_a_base_value_is_in_its_base_unit(text: str, base: tuple[str, Decimal, str]) -> None:
    """3.6‰ is 0.36 in %: its base unit says so (it said ‰ beside 0.36, a tenfold misreading in SQL)."""
    [f] = [f for f in find_figures(text, 2019) if f.kind != "date"]
    assert (f.raw, f.base_value, f.base_unit) == base
