"""Rules from probe 79 (60 excerpts written blind from 法院, 检察院, 纪检监察, 审计, 人大决算审查, 政协提案, 信访, 统计执法,
国资 and 粮食储备 texts, 12 planted errors), tested on sentences of our own: 购进/收购 add to a stock and 销售 takes
from it; '收入总计…,支出总计…,收支相抵,结转下年…' is income less spending."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

B = "年初 + 增加 − 减少 = 年末"
N = "收入 − 支出 = 当年结余"
CASES = [
    pytest.param("县级储备粮年初库存2.86万吨,全年收购0.95万吨,轮换销售0.72万吨,年末库存3.09万吨。",
                 [(("balance", "3.09万吨", ["2.86万吨", "0.95万吨", "−0.72万吨"], B, True), "high")], id="bought-and-sold"),
    pytest.param("县级储备粮年初库存2.86万吨,全年收购0.95万吨,轮换销售0.72万吨,年末库存3.19万吨。",
                 [(("balance", "3.19万吨", ["2.86万吨", "0.95万吨", "−0.72万吨"], B, False), "high")], id="bought-and-sold-misprinted"),
    pytest.param("县级政府性基金收入总计36.42亿元,支出总计33.15亿元,收支相抵,结转下年支出3.27亿元。",
                 [(("balance", "3.27亿元", ["36.42亿元", "−33.15亿元"], N, True), "high")], id="income-less-spending-carried"),
    pytest.param("县级政府性基金收入总计36.42亿元,支出总计36.42亿元,收支平衡。结转下年支出3.27亿元。",
                 [(("sum", "36.42亿元", ["36.42亿元"], "收入总计 = 支出总计", True), "high")], id="balanced-carried-is-in-spending"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe79_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=100, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,万吨亿元、,;。收购销售收支相抵结转", repeat=4))
def test_probe79_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("全年受理各类案件12,860件,审结12,317件,结案率95.8%。",
                 [(("subset", "12,860件", ["12,317件"], "受理…审结", True), "high")], id="concluded-of-received"),
    pytest.param("全年受理各类案件12,860件,审结13,217件,结案率95.8%。",
                 [(("subset", "12,860件", ["13,217件"], "受理…审结", False), "high")], id="concluded-over-received"),
    pytest.param("全年新收案件8,200件,审结8,350件。", [], id="new-cases-only"),
])
def test_what_is_concluded_is_some_of_what_was_received(text: str, expected: list[object]) -> None:
    """'受理行政诉讼案件1,264件,审结1,426件' (probe 79 L04): 受理 counts old cases with the new, so no more can be
    concluded than were received; 新收 counts only the new, and more may be concluded than came in."""
    assert checked_with_confidence(printed_lines(text)) == expected
