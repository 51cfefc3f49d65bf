"""Rules from probe 65 (60 excerpts written blind from 乡村振兴, 东西部协作, 教育, 医疗医保, 民政, 住建, 交通, 文旅, 财政 and
建议提案 reports, 12 planted errors), tested on sentences of our own: 分别为's list is the figures of its own clause, not
those of a clause after it; a part larger than its whole by itself, in the whole's unit, is a unit slip when a smaller
unit makes the sum (an error, not overlapping groups); a stock's changes end where a clause says the stock or its
limit again."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

B = "年初 + 增加 − 减少 = 年末"
CASES = [
    pytest.param("全市共受理群众来信412件,其中网上来信286件、书面来信126件;受理率、办结率分别为99.1%、98.6%,群众表示满意的361件、"
                 "基本满意的40件。",
                 [(("sum", "412件", ["286件", "126件"], "其中", True), "high")], id="fenbie-list-is-its-clause"),
    pytest.param("全年到位协作资金2.16亿元,其中产业项目1.38亿元、就业帮扶0.52亿元、人才交流2,600亿元。",
                 [(("sum", "2.16亿元", ["1.38亿元", "0.52亿元", "2,600亿元"], "其中", False), "high")], id="unit-slip-larger-than-the-whole"),
    pytest.param("全县耕地面积86.4万亩,其中永久基本农田72.8万亩、高标准农田41.5万亩。",
                 [(("sum", "86.4万亩", ["72.8万亩", "41.5万亩"], "其中", False), "low")], id="overlapping-groups-stay-a-warning"),
    pytest.param("全县政府债务余额由年初的52.40亿元变为年末的57.95亿元,全年新增政府债券8.10亿元、偿还到期本金2.55亿元,"
                 "年末债务余额控制在债务限额63.00亿元以内。",
                 [(("balance", "57.95亿元", ["52.40亿元", "8.10亿元", "−2.55亿元"], B, True), "high")], id="stock-limit-ends-the-changes"),
    pytest.param("全县政府债务余额由年初的52.40亿元变为年末的57.95亿元,全年新增政府债券8.10亿元、偿还到期本金2.35亿元,"
                 "年末债务余额控制在债务限额63.00亿元以内。",
                 [(("balance", "57.95亿元", ["52.40亿元", "8.10亿元", "−2.35亿元"], B, False), "high")], id="stock-limit-planted"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe65_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,万亿元件%、,;。其中分别为由变为年末以内", repeat=4))
def test_probe65_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
