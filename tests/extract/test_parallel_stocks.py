"""Stocks carried forward side by side, tested on sentences of our own: two or more stocks opened in one clause
('年初企业存款余额86.4亿元、个人存款余额152.7亿元' or '年初分别为…、…'), closed in another ('年末分别为…和…'), and each
clause of changes between or after them listing one change a stock, in the same order ('年内分别招收…、…', '毕业离校…、…',
'分别比年初增加…和…'). Each stock is checked on its own: opening + its changes = closing.

As for one stock: the changes must be all the figures of that measure in the sentence and each clause signed by
a verb, and an addition alone is no whole change unless it is the change on the opening (比年初增加)."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed, relations_refer_to_figures
from hypothesis import given, settings

C = "年初 + 增加 − 减少 = 年末"
CASES = [
    pytest.param("年初企业存款余额86.4亿元、个人存款余额152.7亿元,年末分别为91.2亿元和168.5亿元,分别比年初增加4.8亿元和15.8亿元。",
                 [(("balance", "91.2亿元", ["86.4亿元", "4.8亿元"], C, True), "high"),
                  (("balance", "168.5亿元", ["152.7亿元", "15.8亿元"], C, True), "high")], id="closings-then-changes-on-opening"),
    pytest.param("年初企业存款余额86.4亿元、个人存款余额152.7亿元,年末分别为91.2亿元和168.5亿元,分别比年初增加4.8亿元和18.5亿元。",
                 [(("balance", "91.2亿元", ["86.4亿元", "4.8亿元"], C, True), "high"),
                  (("balance", "168.5亿元", ["152.7亿元", "18.5亿元"], C, False), "high")], id="closings-then-changes-planted"),
    pytest.param("全县公办、民办幼儿园在园幼儿年初分别为5210人、3684人,年内分别新入园1420人、905人,离园1388人、1021人,"
                 "年末分别为5242人、3568人。",
                 [(("balance", "5242人", ["5210人", "1420人", "−1388人"], C, True), "high"),
                  (("balance", "3568人", ["3684人", "905人", "−1021人"], C, True), "high")], id="flows-between"),
    pytest.param("全县城镇、农村低保对象年初分别为1860户、6420户,全年分别新纳入210户、580户,退出245户、736户,"
                 "年末分别为1825户、6246户。",
                 [(("balance", "1825户", ["1860户", "210户", "−245户"], C, True), "high"),
                  (("balance", "6246户", ["6420户", "580户", "−736户"], C, False), "high")], id="flows-between-planted"),
    # not checked: additions alone, a clause of changes no verb signs, a clause of another count of items
    pytest.param("全县公办、民办幼儿园在园幼儿年初分别为5210人、3684人,年内分别新入园1420人、905人,年末分别为5242人、3568人。",
                 [], id="additions-alone"),
    pytest.param("全县公办、民办幼儿园在园幼儿年初分别为5210人、3684人,年内分别转园1420人、905人,离园1388人、1021人,"
                 "年末分别为5242人、3568人。", [], id="unsigned-clause"),
    pytest.param("全县公办、民办幼儿园在园幼儿年初分别为5210人、3684人,年内新入园2325人,离园2409人,年末分别为5242人、3568人。",
                 [], id="changes-not-by-stock"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parallel_stocks(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.万亿元户人、,;。年初年末分别为和新增退出比增加",
                         repeat=4))
def test_parallel_stocks_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
