"""Rules from PDF probe 76 (a 东西部协作 汇报 and a 防返贫监测 report set as Word sets them, 8 planted errors), tested on
sentences of our own: a year-end stock said with what is not done (年末风险未消除…) is a closing, no change; years listed
after a total said over their span (2023—2025年) are its parts, one a year, and 分别到位 lists them; percentages after a
classification with no share word, the last 其他, are all of it."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

B = "年初 + 增加 − 减少 = 年末"
CASES = [
    pytest.param("年初全县风险未消除的监测户86户,年内新识别纳入42户,消除风险97户,年末风险未消除31户。",
                 [(("balance", "31户", ["86户", "42户", "−97户"], B, True), "high")], id="a-stock-of-what-is-not-done"),
    pytest.param("年初全县风险未消除的监测户86户,年内新识别纳入42户,消除风险97户,年末风险未消除32户。",
                 [(("balance", "32户", ["86户", "42户", "−97户"], B, False), "high")], id="a-stock-of-what-is-not-done-misprinted"),
    pytest.param("2022—2024年,省级累计下达衔接资金6,930万元,2022年、2023年、2024年分别到位2,150万元、2,310万元和2,470万元。",
                 [(("sum", "6,930万元", ["2,150万元", "2,310万元", "2,470万元"], "分别到位", True), "high")], id="years-over-their-span"),
    pytest.param("从风险类型看,缺技术34.2%、缺资金27.5%、因病18.1%、其他20.0%。",
                 [(("share", None, ["34.2%", "27.5%", "18.1%", "20.0%"], "从风险类型看", False), "high")], id="classified-shares-with-the-rest"),
    pytest.param("从风险类型看,缺技术34.2%、缺资金27.5%、因病18.1%。", [], id="classified-shares-no-rest"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe76_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=100, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,个%万元、,;。—年初末未分别到位其他", repeat=4))
def test_probe76_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
