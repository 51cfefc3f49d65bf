"""A budget's carry-forward said as arithmetic: a base, the clauses that add to it (加上 …, and what is listed with 、
after), those that take away (减去 …, 扣除 …), then what is carried (结转下年, 年末滚存结余 …): base + added − taken =
carried, in one sentence and one measure (PDF probe 72's 政府性基金 paragraph). A sentence that opens with 加上 adds to
the last figure of the one before. Sentences of our own."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

C = "基数 + 加上 − 减去 = 结转"
CASES = [
    pytest.param("上年结转1,208.35万元,加上本年收入35,612.40万元、上级补助收入2,150.00万元,减去本年支出36,480.25万元,结转下年2,490.50万元。",
                 [(("balance", "2,490.50万元", ["1,208.35万元", "35,612.40万元", "2,150.00万元", "−36,480.25万元"], C, True), "high")],
                 id="base-added-taken-carried"),
    pytest.param("上年结转1,208.35万元,加上本年收入35,612.40万元、上级补助收入2,150.00万元,减去本年支出36,480.25万元,结转下年2,590.50万元。",
                 [(("balance", "2,590.50万元", ["1,208.35万元", "35,612.40万元", "2,150.00万元", "−36,480.25万元"], C, False), "high")],
                 id="carried-misprinted"),
    pytest.param("全县国有资本经营预算收入962.80万元,主要是国有企业上缴利润。加上上年结转85.20万元,减去支出640.00万元、"
                 "调出资金210.00万元,结转下年198.00万元。",
                 [(("balance", "198.00万元", ["962.80万元", "85.20万元", "−640.00万元", "−210.00万元"], C, True), "high")],
                 id="added-to-the-sentence-before"),
    pytest.param("社保基金收入8.62亿元,扣除支出7.95亿元后,年末滚存结余为12.40亿元。", [], id="no-adding-said"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_added_and_taken(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=100, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,万元、,;。加上减去结转下年", repeat=4))
def test_added_and_taken_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
