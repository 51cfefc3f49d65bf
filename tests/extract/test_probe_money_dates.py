"""find_figures on money printed without 元 and on dates printed without a year, which a probe of report
sentences missed: '项目总投资达1.2亿' is 1.2亿元 when the clause talks about money, and '截至6月底' is a month
of the report year.

Money without 元 keeps its raw as printed ('1.2亿': the missing 元 shows there) and reads unit '亿元', kind
money, base_value in 元, like '1.2亿元'. Its value is exact, so it has no approx and no note (note says why a
printed figure has no value).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from factories import Checked, checked_text, dates_in, quantities_in

from extract.figures import find_figures

D = Decimal


def quantities(text: str) -> list[tuple[str, Decimal | None, str, str, Decimal | None, str]]:
    return [(f.raw, f.value, f.unit, f.kind, f.base_value, f.approx)
            for f in quantities_in(text, 2018)]


def dates(text: str, year: int | None = 2018) -> list[tuple[str, str | None]]:
    return [(f.raw, f.date_iso) for f in dates_in(text, year)]


# ---------------------------------------------------------------- 1. a bare 万/亿 amount in a clause about money
# text -> [(raw, value, unit, kind, base_value, approx)]
BARE_MONEY = [
    ("项目总投资达1.2亿,带动就业300余人。",
     [("1.2亿", D("1.2"), "亿元", "money", D("120000000"), ""), ("300余人", D("300"), "人", "count", D("300"), "余")]),
    ("项目总投资300万,其中协作资金200万。",
     [("300万", D("300"), "万元", "money", D("3000000"), ""), ("200万", D("200"), "万元", "money", D("2000000"), "")]),
    ("全年实现销售收入2.5亿。", [("2.5亿", D("2.5"), "亿元", "money", D("250000000"), "")]),
    ("争取援助资金1200万用于基础设施建设", [("1200万", D("1200"), "万元", "money", D("12000000"), "")]),
    ("累计投入约800万", [("800万", D("800"), "万元", "money", D("8000000"), "约")]),
    ("项目总投资300余万", [("300余万", D("300"), "万元", "money", D("3000000"), "余")]),
    ("消费扶贫销售额达1.5千万", [("1.5千万", D("1.5"), "千万元", "money", D("15000000"), "")]),
    ("全县地区生产总值达到45亿,同比增长8%",
     [("45亿", D("45"), "亿元", "money", D("4500000000"), ""), ("8%", D("8"), "%", "percent", D("8"), "")]),
    ("人均可支配收入1.2万", [("1.2万", D("1.2"), "万元", "money", D("12000"), "")]),
]
# must not change: no money word, a unit after the number, ordinals, years, other currencies, Chinese numerals
BARE_MONEY_KEPT = [
    ("全县人口1.2万", []),
    ("覆盖1.2万户", [("1.2万户", D("1.2"), "万户", "count", D("12000"), "")]),
    ("带动1.5万", []),
    ("受益群众2万余", []),
    ("投入劳动力1.2万", []),
    ("资金300万人次", [("300万人次", D("300"), "万人次", "count", D("3000000"), "")]),
    ("投资额排名第300万", []),
    ("资金到位时间为2019年", []),
    ("项目总投资300万美元", [("300万美元", D("300"), "万美元", "other", D("3000000"), "")]),  # a currency of its own, never 元
    ("项目总投资300万港币", []),
    ("项目总投资三百万", []),
    ("项目总投资1.2万亩", [("1.2万亩", D("1.2"), "万亩", "other", D("12000"), "")]),
    ("项目总投资300万元", [("300万元", D("300"), "万元", "money", D("3000000"), "")]),
    ("贷款对象1.2万", []),
    ("资金300", []),
]


@pytest.mark.parametrize(("text", "expected"), BARE_MONEY + BARE_MONEY_KEPT, ids=[t for t, _ in BARE_MONEY + BARE_MONEY_KEPT])
def test_bare_wan_or_yi_in_a_money_clause_is_money(text: str, expected: list[tuple[object, ...]]) -> None:
    assert quantities(text) == expected


def test_bare_money_is_labelled_like_money_with_yuan() -> None:
    labels = [f.label for f in find_figures("项目总投资300万,其中协作资金200万。", 2018)]
    assert labels == [f.label for f in find_figures("项目总投资300万元,其中协作资金200万元。", 2018)]


# ---------------------------------------------------------------- 2. a month without its year, in the report year
# text -> [(raw, date_iso)] with report year 2018
MONTH_WITHOUT_YEAR = [
    ("截至6月底,全县累计投入资金", [("6月底", "2018-06")]),
    ("计划于12月底前完成全部项目验收。", [("12月底", "2018-12")]),
    ("6月份完成项目招标", [("6月份", "2018-06")]),
    ("今年6月,县委召开专题会议", [("今年6月", "2018-06")]),
    ("去年12月,两地签订协议", [("去年12月", "2017-12")]),
    ("去年12月底", [("去年12月底", "2017-12")]),
    ("上年11月份", [("上年11月份", "2017-11")]),
    ("3月初启动", [("3月初", "2018-03")]),
    ("9月下旬", [("9月下旬", "2018-09")]),
    ("截至十月底", [("十月底", "2018-10")]),
    ("今年上半年,全县", [("今年上半年", "2018-01/2018-06")]),
    ("今年以来,全县", []),
]
# must not change
MONTH_WITHOUT_YEAR_KEPT = [
    ("培训6个月", []),
    ("6月,县委召开专题会议", []),  # a bare month: too often a plan or a habit, not read
    ("5月4日青年节", [("5月4日", "2018-05-04")]),
    ("3月15日", [("3月15日", "2018-03-15")]),
    ("1-6月,全县", [("1-6月", "2018-01/2018-06")]),
    ("2019年6月底", [("2019年6月底", "2019-06")]),
    ("2019年上半年", [("2019年上半年", "2019-01/2019-06")]),
    ("每年6月底前报送", []),
    ("次年3月底前完成", []),
    ("当年12月底", []),
    ("年底前完成", []),
    ("上半年完成投资", []),
    ("36月底", []),
    ("第6月份", []),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_WITHOUT_YEAR + MONTH_WITHOUT_YEAR_KEPT,
                         ids=[t for t, _ in MONTH_WITHOUT_YEAR + MONTH_WITHOUT_YEAR_KEPT])
def test_month_without_year_is_in_the_report_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


def test_month_without_year_needs_a_report_year() -> None:
    assert dates("截至6月底,今年6月,去年12月", year=None) == []


def test_bare_money_is_not_read_when_its_unit_wraps_onto_the_next_line() -> None:
    assert [f.raw for f in find_figures("项目总投资1153万 元。", 2018) if f.kind != "date"] == []


# ---------------------------------------------------------------- 3. a total after 共 or 累计 and a verb closes a list
# text -> [(type, parent raw, [kid raws], cue, holds)]
TOTALS_AFTER_VERB = [
    pytest.param("2018年引进企业5家,2019年引进企业8家,两年共引进13家。",
                 [("sum", "13家", ["5家", "8家"], "共引进", True)], id="gong-yinjin"),
    pytest.param("2018年引进企业5家,2019年引进企业8家,两年共引进14家。",
                 [("sum", "14家", ["5家", "8家"], "共引进", False)], id="gong-yinjin-wrong"),
    pytest.param("上海帮扶贫困户120户、苏州帮扶贫困户80户,共帮扶贫困户200户。",
                 [("sum", "200户", ["120户", "80户"], "共帮扶贫困户", True)], id="gong-bangfu-noun"),
    pytest.param("2017年培训贫困劳动力320人次,2018年培训450人次,两年共培训770人次。",
                 [("sum", "770人次", ["320人次", "450人次"], "共培训", True)], id="gong-peixun"),
    pytest.param("2018年投入资金500万元,2019年投入资金800万元,累计投入1300万元。",
                 [("sum", "1300万元", ["500万元", "800万元"], "累计投入", True)], id="leiji-touru"),
    pytest.param("2018年投入资金500万元,2019年投入资金800万元,累计投入1400万元。",
                 [("sum", "1400万元", ["500万元", "800万元"], "累计投入", False)], id="leiji-touru-wrong"),
    # a closing 共+verb total ends a 其中 list: it is no part of it
    pytest.param("全年引进企业13家,其中上海引进5家、苏州引进8家,共引进13家。",
                 [("sum", "13家", ["5家", "8家"], "其中", True)], id="qizhong-then-gong-yinjin"),
]
# must not change: 共/累计 that open a sentence, a verb the parts do not share, a single part
TOTALS_AFTER_VERB_KEPT = [
    pytest.param("全县累计投入资金5000万元,其中中央资金3000万元、省级资金2000万元。",
                 [("sum", "5000万元", ["3000万元", "2000万元"], "其中", True)], id="leiji-opens"),
    pytest.param("全县累计投入资金5000万元。", [], id="leiji-alone"),
    pytest.param("全年投入资金1300万元,其中产业项目累计投入800万元、基础设施500万元。",
                 [("sum", "1300万元", ["800万元", "500万元"], "其中", True)], id="leiji-first-part"),
    pytest.param("累计投入5000万元,带动就业300人。", [], id="leiji-touru-alone"),
    pytest.param("共有贫困户3200户,其中已脱贫2800户。", [("subset", "3200户", ["2800户"], "其中", True)], id="gongyou"),
    pytest.param("新建车间5个、产业基地8个,共覆盖贫困村10个。", [], id="verb-not-shared"),
    pytest.param("2018年引进企业5家,两年共引进13家。", [], id="one-part"),
    pytest.param("引进企业5家、培训人员8家,共帮扶20家。", [], id="other-verbs"),
    pytest.param("中央资金500万元、省级资金300万元,合计800万元。",
                 [("sum", "800万元", ["500万元", "300万元"], "合计", True)], id="heji"),
    pytest.param("中央资金500万元、省级资金300万元,共投入800万元。",
                 [("sum", "800万元", ["500万元", "300万元"], "共投入", True)], id="gong-touru"),
]


@pytest.mark.parametrize(("text", "expected"), TOTALS_AFTER_VERB + TOTALS_AFTER_VERB_KEPT)
def test_total_after_gong_or_leiji_and_a_shared_verb_closes_its_parts(text: str, expected: list[Checked]) -> None:
    assert checked_text(text) == expected
