"""Rules from probe 47 (60 excerpts written blind stressing number forms, 12 planted errors), tested on sentences of
our own: 减员/退规/降规 take from a stock and 增员/入规/升规 add to it; a closing said 年末达到 (增至, 实有 …) names the
opening's stock; a total with subsets only (…合计116项;其中今年新增…) still totals the parts before it, and the
subsets' parts may add up to a total of their own (…,共15项); a total whose verb takes a noun the parts were
counted in (分别涉及小区…,累计改造小区170个) totals them; 收益 is a fund's income, as 收入 is (PDF probe 48)."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed, relations_refer_to_figures
from hypothesis import given, settings

C = "年初 + 增加 − 减少 = 年末"
CASES = [
    pytest.param("全县在册优抚对象年初为5,218人,年内新增接收安置206人、自然减员75人,年末为5,349人。",
                 [(("balance", "5,349人", ["5,218人", "206人", "−75人"], C, True), "high")], id="staff-lost"),
    pytest.param("年初全县规上工业企业212家,年内新增入规企业31家、退规企业9家,年末达到236家。",
                 [(("balance", "236家", ["212家", "31家", "−9家"], C, False), "high")], id="firms-in-and-out-planted"),
    pytest.param("年初全县实有个体工商户2.46万户,全年新登记5,120户、注销1,860户,年末达到2.89万户。",
                 [(("balance", "2.89万户", ["2.46万户", "5,120户", "−1,860户"], C, False), "high")], id="closing-said-reached-planted"),
    pytest.param("全县共有国家级重点文物保护单位6处、省级41处,合计47处;其中今年新增省级单位2处、市级单位7处,共9处。",
                 [(("subset", "47处", ["2处"], "其中", True), "high"), (("subset", "47处", ["7处"], "其中", True), "high"),
                  (("sum", "47处", ["6处", "41处"], "合计", True), "high"), (("sum", "9处", ["2处", "7处"], "共", True), "high")],
                 id="total-with-subsets-and-their-own-total"),
    pytest.param("全县分三期实施农村公路提升工程,分别涉及道路126公里、94公里和58公里,累计改造道路276公里。",
                 [(("sum", "276公里", ["126公里", "94公里", "58公里"], "累计改造道路", False), "high")], id="verb-takes-the-noun-planted"),
    # 收益 is a fund's income, as 收入 is (PDF probe 48's 光伏收益专户)
    pytest.param("村集体光伏收益专户年初结余42.18万元,本年发电收益65.30万元,用于公益岗位工资支出58.72万元,年末结余47.76万元。",
                 [(("balance", "47.76万元", ["42.18万元", "65.30万元", "−58.72万元"], C, False), "high")], id="proceeds-add-planted"),
    # a cumulative total over years is no sum of the years listed (the years before them count too)
    pytest.param("安排资金2019年200万元、2020年300万元,累计投入900万元。", [], id="cumulative-over-years"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe47_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,万元人户家处公里、,;。年初年末达到合计其中共累计减员退规", repeat=4))
def test_probe47_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
