"""Rules from probe 77 (60 excerpts written blind from 生态环境, 自然资源, 应急, 市场监管, 商务, 交通, 水利, 卫健, 医保 and
住建 texts, 12 planted errors), tested on sentences of our own: a 累计 total after this year's parts counts all years,
no sum of them; a trade surplus (顺差) is exports less imports and no part of the 进出口 list, nor is what the whole
brought about (带动…); a short open total with one part's digits swapped is a misprint, an error."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

CASES = [
    pytest.param("今年新建农村公路86公里、改造提升42公里,全县累计建成农村公路3,215公里。", [], id="cumulative-after-this-year"),
    pytest.param("全年外贸进出口12.6亿元,其中出口4.1亿元、进口8.5亿元,贸易逆差4.4亿元。",
                 [(("sum", "12.6亿元", ["4.1亿元", "8.5亿元"], "其中", True), "high"),
                  (("balance", "4.4亿元", ["8.5亿元", "−4.1亿元"], "进口 − 出口 = 逆差", True), "high")], id="a-deficit"),
    pytest.param("全年外贸进出口12.6亿元,其中出口4.1亿元、进口8.5亿元,贸易逆差4.2亿元。",
                 [(("sum", "12.6亿元", ["4.1亿元", "8.5亿元"], "其中", True), "high"),
                  (("balance", "4.2亿元", ["8.5亿元", "−4.1亿元"], "进口 − 出口 = 逆差", False), "high")], id="a-deficit-misprinted"),
    pytest.param("发放惠民消费券6,000万元,其中县级安排4,200万元、乡镇配套1,800万元,拉动消费2.3亿元。",
                 [(("sum", "6,000万元", ["4,200万元", "1,800万元"], "其中", True), "high")], id="what-it-brought-about"),
    pytest.param("全年完成农业固定资产投资87.3亿元,其中种植业投资31.5亿元,畜牧业投资21.9亿元,农产品加工投资26.7亿元。",
                 [(("sum", "87.3亿元", ["31.5亿元", "21.9亿元", "26.7亿元"], "其中", False), "high")], id="a-part-swapped-in-an-open-total"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe77_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=100, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,公里亿万元、,;。累计全年顺逆差出口进口", repeat=4))
def test_probe77_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
