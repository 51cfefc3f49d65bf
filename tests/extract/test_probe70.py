"""Rules from PDF probe 70 (a 县教育局 总结 and a 县民政局 汇报 written blind, 8 planted errors) that read running text,
tested on sentences of our own: a total after parts that is less than half of one of them counts something else; so
does one whose clause names what it counts (A、B共N) where no part is named so; a figure after 上述 one digit off one
printed before it is that one misprinted, however far before. (Its tables: test_three_line_tables.)"""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

R = "同一数字两处出现: "
CASES = [
    pytest.param("全县卫生技术人员中,执业医师1,126人,注册护士1,308人,乡村医生共214人。", [], id="less-than-half-a-part"),
    pytest.param("全县有乡镇卫生院12个,村卫生室186个,民营医院、诊所共43个。", [], id="a-total-naming-its-own"),
    pytest.param("全县乡镇干部320人、村干部880人,乡镇和村干部共1,210人。",
                 [(("sum", "1,210人", ["320人", "880人"], "共", False), "high")], id="a-total-naming-the-parts"),
    pytest.param("全年发放城乡低保金8,416.37万元、特困供养金3,042.18万元,合计11,458.55万元。\n"
                 "(四)强化资金监管\n对上述11,488.55万元资金实行一卡通发放。",
                 [(("sum", "11,458.55万元", ["8,416.37万元", "3,042.18万元"], "合计", True), "high"),
                  (("repeat", "11,458.55万元", ["11,488.55万元"], R + "合计", False), "high")], id="said-again-one-digit-off"),
    pytest.param("全年发放救助资金1,286.40万元,惠及8,326人。上述资金1,286.40万元全部直达个人账户。", [], id="said-again-as-printed"),
    pytest.param("全年落实项目资金3,612.50万元。上述项目完成投资2,408.00万元。", [], id="said-of-something-else"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe70_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,人个万元、,;。共合计上述和", repeat=4))
def test_probe70_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
