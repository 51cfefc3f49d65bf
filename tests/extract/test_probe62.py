"""Rules from PDF probe 62 (a 人社局 总结 and a 统计公报, written blind), tested on sentences of our own: a list by
classification ('从案件类型看,…', '按…分,…') that adds up to one of the figures before it, exactly, breaks that one down,
not the last ('受理…246件,结案241件,…从案件类型看,…'); a year's income less its spending is its net ('收入…、支出…,
当年结余合计…'), and income and spending are never parts of one sum: listed by kind, the incomes make the
income and the spendings the spending."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

NET = "收入 − 支出 = 当年结余"
CASES = [
    pytest.param("全年共办理行政复议案件58件,审结53件,审结率91.4%。按案件类别分,行政处罚类31件、行政许可类15件、其他类12件。",
                 [(("sum", "58件", ["31件", "15件", "12件"], "按案件类别分", True), "high")], id="classified-adds-up-to-an-earlier"),
    pytest.param("全年共办理行政复议案件58件,审结53件,审结率91.4%。按案件类别分,行政处罚类31件、行政许可类15件、其他类7件。",
                 [(("sum", "53件", ["31件", "15件", "7件"], "按案件类别分", True), "high")], id="classified-adds-up-to-the-last"),
    pytest.param("全年共办理行政复议案件58件,审结53件。按案件类别分,行政处罚类31件、行政许可类15件、其他类11件。",
                 [(("sum", "53件", ["31件", "15件", "11件"], "按案件类别分", False), "high")], id="classified-adds-up-to-none"),
    pytest.param("全市住房公积金本年归集收入12.35亿元、提取支出10.08亿元,当年结余合计2.27亿元。",
                 [(("balance", "2.27亿元", ["12.35亿元", "−10.08亿元"], NET, True), "high")], id="net-of-the-year"),
    pytest.param("两项基金合计收入5,210.4万元、支出4,968.2万元,当年结余合计224.2万元,运行平稳。",
                 [(("balance", "224.2万元", ["5,210.4万元", "−4,968.2万元"], NET, False), "high")], id="net-of-the-year-planted"),
    pytest.param("全年实现收入5,210.4万元,其中经营收入3,100万元,当年支出4,968.2万元,当年结余242.2万元。",
                 [(("subset", "5,210.4万元", ["3,100万元"], "其中", True), "high"),
                  (("balance", "242.2万元", ["5,210.4万元", "−4,968.2万元"], NET, True), "high")], id="net-after-a-qizhong"),
    pytest.param("两项基金合计收入5,210.4万元、支出4,968.2万元,合计10,178.6万元。", [], id="income-and-spending-add-to-nothing"),
    # by kind, each kind's income and spending: the incomes make the income, the spendings the spending
    pytest.param("全市养老保险基金收入18.6亿元,支出16.2亿元,当年结余2.4亿元。分险种看,企业职工养老保险基金收入12.1亿元、"
                 "支出11.3亿元;城乡居民养老保险基金收入6.5亿元、支出5.8亿元。",
                 [(("sum", "18.6亿元", ["12.1亿元", "6.5亿元"], "分险种看", True), "high"),
                  (("sum", "16.2亿元", ["11.3亿元", "5.8亿元"], "分险种看", False), "high"),
                  (("balance", "2.4亿元", ["18.6亿元", "−16.2亿元"], NET, True), "high")], id="incomes-and-spendings-by-kind"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe62_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,件元%、,;。按分收入支出结余合计当年", repeat=4))
def test_probe62_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a classification splits one whole by one thing: parts far over it are a misprint, not groups that overlap
    pytest.param("全年实现农产品网络零售额12.46亿元,比上年增长9.3%。按经营地分,城镇网络零售额7.32亿元;乡村网络零售额6.14亿元。",
                 [(("sum", "12.46亿元", ["7.32亿元", "6.14亿元"], "按经营地分", False), "high")], id="classified-far-over"),
    pytest.param("全县耕地面积86.4万亩,其中永久基本农田72.8万亩、高标准农田41.5万亩。",
                 [(("sum", "86.4万亩", ["72.8万亩", "41.5万亩"], "其中", False), "low")], id="qizhong-far-over-stays-unsure"),
])
def test_a_classification_far_over_its_whole_is_an_error(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


S = "占地区生产总值的比重"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("第一产业增加值占地区生产总值的比重为11.2%,第二产业增加值比重为40.3%,第三产业增加值比重为48.5%。",
                 [(("share", None, ["11.2%", "40.3%", "48.5%"], S, True), "high")], id="three-industries"),
    pytest.param("第一产业增加值占地区生产总值的比重为11.2%,第二产业增加值比重为40.3%,第三产业增加值比重为49.5%。",
                 [(("share", None, ["11.2%", "40.3%", "49.5%"], S, False), "high")], id="three-industries-planted"),
    pytest.param("税收收入占全部收入的比重为68.2%,非税收入比重为31.8%。",
                 [(("share", None, ["68.2%", "31.8%"], "占全部收入的比重", True), "high")], id="a-name-and-its-negation"),
    # only some of the whole, by their names: no check
    pytest.param("第一产业投资占全部投资的比重为12.5%,第二产业投资比重为36.1%。", [], id="two-of-three-industries"),
    pytest.param("工业投资占全部投资的比重为41.2%,民间投资比重为52.3%。", [], id="groups-that-overlap"),
])
def test_shares_whose_first_clause_names_the_whole(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


FILLER = "全县持续推进就业创业,组织开展招聘活动,帮助群众实现就业增收。" * 16  # (over 400 characters between the two)


@pytest.mark.parametrize(("first", "second", "expected"), [
    # six significant digits or more: the same figure with two digits swapped, however far apart
    ("全年城乡居民基本养老保险基金年末累计结余39,404.07万元。", "城乡居民基本养老保险基金虽然年末累计结余39,440.07万元,但支付压力加大。",
     [(("repeat", "39,404.07万元", ["39,440.07万元"], "同一数字两处出现: 城乡居民基本养老保险基金", False), "high")]),
    # three: as likely two figures that happen to share digits
    ("全年立案查处违法案件527件。", "全年立案查处的572件案件中,罚款结案310件。", []),
])
def test_a_swap_far_apart_needs_many_digits(first: str, second: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(first + "\n" + FILLER + "\n" + second)) == expected
