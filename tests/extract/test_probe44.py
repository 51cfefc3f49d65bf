"""Rules from PDF probe 44 (two PDFs written blind to stress layout, 8 planted errors), tested on sentences of our own
(the watermark itself: tests/extract/test_pdf_collector.py). An item named 其他 is a list's last: a clause after it is
another statement; a stock listed among the year's sources ('收入总计…,其中:…调入资金…,上年结转…') opens no
roll-forward of its own; and caps (最高额度, 最低标准) are never added up."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed, relations_refer_to_figures
from hypothesis import given, settings

CASES = [
    pytest.param("抽查项目预算安排共计5,260.0万元,分别为基本建设类2,418.6万元、专项业务类1,906.3万元、其他类935.1万元,"
                 "年度执行中调减预算812.4万元。",
                 [(("sum", "5,260.0万元", ["2,418.6万元", "1,906.3万元", "935.1万元"], "分别为", True), "high")], id="other-closes-the-list"),
    pytest.param("抽查项目预算安排共计5,260.0万元,分别为基本建设类2,418.6万元、专项业务类1,906.3万元、其他类953.1万元,"
                 "年度执行中调减预算812.4万元。",
                 [(("sum", "5,260.0万元", ["2,418.6万元", "1,906.3万元", "953.1万元"], "分别为", False), "high")],
                 id="other-closes-the-list-planted"),
    pytest.param("一般公共预算收入总计26.40亿元,其中:地方收入11.20亿元,上级补助收入12.35亿元,调入资金1.80亿元,"
                 "上年结转1.05亿元。地方收入比上年增长4.2%,其中税收收入7.46亿元。一般公共预算支出总计25.92亿元,年终结转0.48亿元。",
                 [(("sum", "26.40亿元", ["11.20亿元", "12.35亿元", "1.80亿元", "1.05亿元"], "其中", True), "high")],
                 id="carried-over-among-sources"),
    pytest.param("公积金个人住房贷款最高额度50万元,其中,单缴存职工最高额度30万元,双缴存职工最高额度50万元。", [], id="caps"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe44_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,万亿元、,;:。其他类其中上年结转最高", repeat=4))
def test_probe44_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
