"""Rules from probe 57 (60 excerpts written blind from 财政, 医保, 社保, 招商, 林草, 对口支援, 协作, 国资, 建议提案 and
信访 reports, 12 planted errors), tested on sentences of our own: a figure named by the words after it ('全年为62,481人
完成待遇领取资格认证') is matched with one printed before under a name they share, when their digits are swapped."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

CASES = [
    pytest.param("全县享受低保待遇人员12,346人。经入户核查,全年为12,364人完成低保待遇资格复核,复核率100%。",
                 [(("repeat", "12,346人", ["12,364人"], "同一数字两处出现: 低保待遇", False), "high")], id="named-after-swapped"),
    # (named after it, and labelled so: as before)
    pytest.param("全县参保缴费人员45,672人,参保率稳定在95%以上。依托“一网通办”,全年为45,627人办理参保缴费登记,办结率100%。",
                 [(("repeat", "45,672人", ["45,627人"], "同一数字两处出现: 参保缴费", False), "high")], id="labelled-after-swapped"),
    pytest.param("全县参保缴费人员45,672人,参保率稳定在95%以上。依托“一网通办”,全年为45,672人办理参保缴费登记,办结率100%。",
                 [], id="named-after-same"),
    pytest.param("全县参保缴费人员45,672人,参保率稳定在95%以上。全年为45,627人发放医疗救助金,救助率100%。", [], id="nothing-shared"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe57_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,人%、,;。为参保缴费", repeat=4))
def test_probe57_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
