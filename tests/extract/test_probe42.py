"""Rules from PDF probe 42 (a 衔接资金 绩效自评报告 and a 医疗保障工作总结 written blind, 8 planted errors), tested on
sentences of our own: funds that arrive (到位, 拨入, 到账) add to a balance and funds handed up (上缴, 上解, 缴回, 交回)
take from it; 收回 takes from a 信贷 balance, and money the treasury takes back (收回统筹使用, 收回国库, 财政收回)
leaves the balance it is taken from; a change of percentage points (较上年提高0.6和1.1个百分点) is no share of a whole."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed, relations_refer_to_figures
from hypothesis import given, settings

C = "年初 + 增加 − 减少 = 年末"
CASES = [
    pytest.param("年初专项资金结余215.40万元,全年到位资金3860.00万元,支出3702.15万元,年末结余373.25万元。",
                 [(("balance", "373.25万元", ["215.40万元", "3860.00万元", "−3702.15万元"], C, True), "high")], id="arrived-adds"),
    pytest.param("年初专项资金结余215.40万元,全年到位资金3860.00万元,支出3702.15万元,年末结余383.25万元。",
                 [(("balance", "383.25万元", ["215.40万元", "3860.00万元", "−3702.15万元"], C, False), "high")],
                 id="arrived-adds-planted"),
    pytest.param("上年结转资金86.3万元,本年拨入资金1240.0万元,使用1150.6万元,上缴财政12.5万元,年末结转163.2万元。",
                 [(("balance", "163.2万元", ["86.3万元", "1240.0万元", "−1150.6万元", "−12.5万元"], C, True), "high")],
                 id="handed-up-takes"),
    pytest.param("年初结转结余128.40万元,本年到账资金2615.00万元,本年支出2488.60万元,按规定收回统筹使用57.30万元,年末结转结余197.50万元。",
                 [(("balance", "197.50万元", ["128.40万元", "2615.00万元", "−2488.60万元", "−57.30万元"], C, True), "high")],
                 id="taken-back-by-the-treasury"),
    pytest.param("年初结转结余128.40万元,本年到账资金2615.00万元,本年支出2488.60万元,被财政收回57.30万元,年末结转结余207.50万元。",
                 [(("balance", "207.50万元", ["128.40万元", "2615.00万元", "−2488.60万元", "−57.30万元"], C, False), "high")],
                 id="taken-back-by-the-treasury-planted"),
    pytest.param("全县扶贫小额信贷年初余额5120.0万元,本年发放1860.0万元,收回到期贷款1532.5万元,年末余额5447.5万元。",
                 [(("balance", "5447.5万元", ["5120.0万元", "1860.0万元", "−1532.5万元"], C, True), "high")],
                 id="credit-taken-back"),
    # what is held still gains by 收回 (a reserve)
    pytest.param("年初储备土地1386亩,年内收回闲置土地241亩、新收储428亩,出让675亩,年末储备土地1380亩。",
                 [(("balance", "1380亩", ["1386亩", "241亩", "428亩", "−675亩"], C, True), "high")], id="land-taken-back-adds"),
    # percentage points are changes, no shares
    pytest.param("职工医保、居民医保住院费用报销比例分别为84.2%和70.3%,分别较上年提高0.6和1.1个百分点。", [], id="points-no-shares"),
    pytest.param("一、二、三产业增加值占比分别为12.6%、38.2%和49.2%,分别较上年变化-0.4、-1.1和1.5个百分点。",
                 [(("share", None, ["12.6%", "38.2%", "49.2%"], "分别为", True), "high")], id="shares-then-points"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe42_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.万元亩%、,;。年初年末到位拨入上缴收回统筹财政信贷百分点分别",
                         repeat=4))
def test_probe42_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("职工医保、居民医保门诊费用报销比例分别达到55.0%和50.5%。", [], id="rates-reached"),
    # shares said as such still total 100%
    pytest.param("全县常住人口中,城镇、乡村人口比例分别为46.2%和53.8%。",
                 [(("share", None, ["46.2%", "53.8%"], "分别为", True), "high")], id="shares-said-as-such"),
    pytest.param("职工医保、居民医保参保人数占比分别达到35.2%和64.9%。",
                 [(("share", None, ["35.2%", "64.9%"], "分别达到", False), "high")], id="shares-reached-said-with-zhan"),
])
def test_rates_reached_are_no_shares(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected


# More verbs (probe 41's uncovered roll-forwards, on sentences of our own): births add to a population and deaths
# take from it, across three sentences; a grade newly awarded adds, one withdrawn (摘牌, 撤销, 取消) takes away.
MORE_VERBS = [
    pytest.param("年初全县户籍人口52.36万人。全年出生人口0.41万人,死亡人口0.38万人;迁入人口0.62万人,迁出人口0.85万人。"
                 "年末户籍人口52.16万人。",
                 [(("balance", "52.16万人", ["52.36万人", "0.41万人", "−0.38万人", "0.62万人", "−0.85万人"], C, True), "high")],
                 id="births-and-deaths"),
    pytest.param("年初全县户籍人口52.36万人。全年出生人口0.41万人,死亡人口0.38万人;迁入人口0.62万人,迁出人口0.85万人。"
                 "年末户籍人口52.26万人。",
                 [(("balance", "52.26万人", ["52.36万人", "0.41万人", "−0.38万人", "0.62万人", "−0.85万人"], C, False), "high")],
                 id="births-and-deaths-planted"),
    pytest.param("年初全县有星级农家乐38家,全年新评定三星级农家乐6家,因经营不规范撤销星级4家,年末星级农家乐40家。",
                 [(("balance", "40家", ["38家", "6家", "−4家"], C, True), "high")], id="awarded-and-withdrawn"),
    pytest.param("年初全县有星级农家乐38家,全年新评定三星级农家乐6家,摘牌4家,年末星级农家乐42家。",
                 [(("balance", "42家", ["38家", "6家", "−4家"], C, False), "high")], id="awarded-and-delisted-planted"),
]


@pytest.mark.parametrize(("text", "expected"), MORE_VERBS)
def test_more_verbs(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected


# A 其中 list ends at a semicolon when what follows is larger than the total (another statement), also when the list
# has one part of each measure before it; and a figure printed in two sentences that say alike things of two subjects
# (two more labels in both, with other values) is no figure printed twice.
ENDINGS = [
    pytest.param("全县累计识别监测对象1694户5231人,其中已消除风险1226户3787人;新建村级综合服务设施6处,惠及群众2.1万人。",
                 [(("subset", "1694户", ["1226户"], "其中", True), "high"), (("subset", "5231人", ["3787人"], "其中", True), "high")],
                 id="semicolon-ends-a-paired-list"),
    pytest.param("职工医保统筹基金本年收入38604.82万元,本年支出34215.60万元,可支付月数为16.5个月。"
                 "居民医保基金本年收入33126.75万元,本年支出32517.08万元,可支付月数为8.9个月。", [], id="two-funds-alike"),
    # a figure the two sentences share with the same value makes them no pair of alike sentences: still a repeat
    pytest.param("全年落实东西部协作资金1710万元,实施项目36个。\n二、项目\n全年东西部协作资金1701万元已拨付到位,实施项目36个。",
                 [(("repeat", "1710万元", ["1701万元"], "同一数字两处出现: 东西部协作资金", False), "high")], id="still-a-repeat"),
]


@pytest.mark.parametrize(("text", "expected"), ENDINGS)
def test_list_endings_and_parallel_sentences(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected
