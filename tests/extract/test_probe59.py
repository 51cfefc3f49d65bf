"""Rules from probe 59 (60 excerpts written blind from 教育, 民政, 交通, 文旅, 生态环境, 农业农村, 住房公积金, 衔接资金,
安全生产 and 工青妇 reports, 12 planted errors), tested on sentences of our own: a clause '在…的N笔贷款中,' breaks its
figure down as 其中 does; a numeral with 套 or 类 that qualifies a name with its own figure after it (二套住房贷款329笔,
二类村23个) is no count; shares whose last is 'X及其他' are all of the whole; this year's figure is last year's with the
change said after it ('与上年的29起相比减少6起')."""

from __future__ import annotations

import pytest
from factories import (
    checked_with_confidence,
    mutated_sentences,
    printed_lines,
    quantities_in,
    relations_refer_to_figures,
)
from hypothesis import given, settings

C = "上年 + 增加 − 减少 = 本年"
CASES = [
    pytest.param("在新增的1,520户经营主体中,个体工商户1,186户、企业324户。",
                 [(("sum", "1,520户", ["1,186户", "324户"], "中", False), "high")], id="in-among-planted"),
    pytest.param("在新增的1,520户经营主体中,个体工商户1,186户、企业334户。",
                 [(("sum", "1,520户", ["1,186户", "334户"], "中", True), "high")], id="in-among"),
    pytest.param("在办理的1,380笔贷款中,首套住房贷款1,152笔、二套住房贷款228笔。",
                 [(("sum", "1,380笔", ["1,152笔", "228笔"], "中", True), "high")], id="second-home-is-a-name"),
    pytest.param("全县用水总量中,农业用水占61.3%、工业用水占18.5%、生活用水及其他占19.2%。",
                 [(("share", None, ["61.3%", "18.5%", "19.2%"], "全县用水总量中", False), "high")], id="and-others-close-shares"),
    # the whole named with no comma, right before its first share
    pytest.param("监测结果显示,全县用水总量中农业用水占61.3%、工业用水占18.5%、生活用水及其他占19.2%。",
                 [(("share", None, ["61.3%", "18.5%", "19.2%"], "全县用水总量中", False), "high")], id="whole-named-no-comma"),
    pytest.param("项目资金集中投向产业,产业项目占61.3%,基础设施占37.7%。", [], id="jizhong-names-no-whole"),
    # a second whole named after a semicolon: its shares are its own, named by it
    pytest.param("新开户缴存职工中,非公有制单位职工占62.3%;全部缴存职工中,机关事业单位职工占38.5%,国有企业职工占19.7%,"
                 "私营企业及其他职工占41.8%。",
                 [(("share", None, ["38.5%", "19.7%", "41.8%"], "全部缴存职工中", True), "high")], id="second-whole-shares"),
    pytest.param("全年共受理信访事项449件,比上年同期的412件增加37件。",
                 [(("balance", "449件", ["412件", "37件"], C, True), "high")], id="year-on-year"),
    pytest.param("全年发生道路交通事故31起、死亡9人,与上年的38起相比减少6起。",
                 [(("balance", "31起", ["38起", "−6起"], C, False), "high")], id="year-on-year-planted"),
    pytest.param("全县森林火灾2起,比上年减少3起。", [], id="last-year-not-printed"),
    # numbered items on lines of their own, then 'N项合计' in a paragraph after them: one figure from each
    pytest.param("全县落实乡村振兴衔接资金如下:\n(一)产业发展资金1,236万元;\n(二)基础设施建设资金4,518万元;\n(三)就业帮扶资金2,075万元。\n"
                 "三项合计7,892万元,均已拨付到位。",
                 [(("sum", "7,892万元", ["1,236万元", "4,518万元", "2,075万元"], "三项合计", False), "high")], id="items-then-n-items-total"),
    pytest.param("全县落实乡村振兴衔接资金如下:\n(一)产业发展资金1,236万元;\n(二)基础设施建设资金4,518万元。\n三项合计7,829万元,均已拨付到位。",
                 [], id="fewer-items-than-counted"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe59_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@pytest.mark.parametrize(("text", "raws"), [
    ("全县建成二类村23个,分为三类管理。", ["23个", "三类"]),
    ("全年建成安置房二百套,安置群众1,200人。", ["二百套", "1,200人"]),
    ("全村有三户人家。", ["三户"]),
    ("三类企业占比分别为33.3%、33.3%、33.4%。", ["三类", "33.3%", "33.3%", "33.4%"]),
])
def test_a_numeral_that_qualifies_a_name_is_no_count(text: str, raws: list[str]) -> None:
    assert [f.raw for f in quantities_in(text)] == raws


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,户笔%、,;。在中及其他比上年增加减少", repeat=4))
def test_probe59_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
