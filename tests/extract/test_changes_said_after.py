"""A change said after this year's figure and last year's, or after a stock's two levels, checks them: '由上年的X增加到Y,
增加Z' and '由年初的X增加到Y,净增Z' (X + Z = Y), and 'Y,比上年增加Z(上年为X)'. Sentences of our own (probe 69 F15 taught
the bracketed form). Not when more than one change follows: those are flows, read by the stock readers."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

Y = "上年 + 增加 − 减少 = 本年"
B = "年初 + 增加 − 减少 = 年末"
CASES = [
    pytest.param("全县税收收入由上年的11.62亿元增加到12.37亿元,增加0.75亿元。",
                 [(("balance", "12.37亿元", ["11.62亿元", "0.75亿元"], Y, True), "high")], id="from-last-year-to-this"),
    pytest.param("全县税收收入由上年的11.62亿元增加到12.37亿元,增加0.57亿元。",
                 [(("balance", "12.37亿元", ["11.62亿元", "0.57亿元"], Y, False), "high")], id="from-last-year-misprinted"),
    pytest.param("全县城乡低保对象由年初的6,034人减少到5,862人,净减172人。",
                 [(("balance", "5,862人", ["6,034人", "−172人"], B, True), "high")], id="from-the-opening-a-net-fall"),
    pytest.param("登记失业人员从上年末的3,418人下降到3,106人,减少312人,城镇登记失业率控制在3.2%以内。",
                 [(("balance", "3,106人", ["3,418人", "−312人"], B, True), "high")], id="from-last-year-end"),
    pytest.param("全县养老机构床位达2,860张,比上年增加146张(上年为2,714张)。",
                 [(("balance", "2,860张", ["2,714张", "146张"], Y, True), "high")], id="last-year-in-brackets"),
    pytest.param("全县养老机构床位达2,860张,比上年减少146张,上年为3,006张。",
                 [(("balance", "2,860张", ["3,006张", "−146张"], Y, True), "high")], id="last-year-after-a-fall"),
    pytest.param("全县养老机构床位达2,860张,比上年增加164张(上年为2,714张)。",
                 [(("balance", "2,860张", ["2,714张", "164张"], Y, False), "high")], id="last-year-in-brackets-misprinted"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_changes_said_after(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


def test_two_changes_are_flows_not_the_difference() -> None:
    """'由年初的142户增加到156户,新增21户、退出7户': gross flows, read (or not) by the stock readers, never as one change."""
    checks = checked_with_confidence(printed_lines("规模以上工业企业由年初的142户增加到156户,增加21户、减少7户。"))
    assert not any(c[0][0] == "balance" and len(c[0][2]) == 2 for c in checks)


@settings(max_examples=100, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,人张亿元、,;。由上年初末增加减少到为比()", repeat=4))
def test_changes_said_after_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
