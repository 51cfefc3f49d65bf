"""Rules from probe 71 (60 excerpts written blind from 乡镇, 审计, 巡察整改, 预算执行, 专项资金, 乡村振兴, 应急, 城管, 统计
and 招商 reports, 12 planted errors, some wrapped as PDF lines are), tested on sentences of our own: 较大/较高 … name a
kind, they compare with nothing; a closing stock named with a word of its opening's left out is the same stock; shares
after a named whole within a point of 100% are all of it; a count of groups right before the count of what is in
them ('4个方面31个具体问题') is neither a part nor a total."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

B = "年初 + 增加 − 减少 = 年末"
CASES = [
    pytest.param("全年查处道路交通违法行为中,一般违法4,215起、较重违法386起、严重违法52起,合计4,653起。",
                 [(("sum", "4,653起", ["4,215起", "386起", "52起"], "合计", True), "high")], id="jiao-zhong-is-a-kind"),
    pytest.param("全年发生较大火灾3起、一般火灾41起,共计44起。",
                 [(("sum", "44起", ["3起", "41起"], "共计", True), "high")], id="jiao-da-is-a-kind"),
    pytest.param("年初在册帮扶车间36个,本年新增14个、注销11个,年末在册车间39个。",
                 [(("balance", "39个", ["36个", "14个", "−11个"], B, True), "high")], id="a-word-left-out-same-stock"),
    pytest.param("年初在册帮扶车间36个,本年新增14个、注销11个,年末在册车间40个。",
                 [(("balance", "40个", ["36个", "14个", "−11个"], B, False), "high")], id="same-stock-misprinted"),
    pytest.param("全县污水处理方式中,集中处理占64.2%,分散处理占30.1%,资源化利用占5.2%。",
                 [(("share", None, ["64.2%", "30.1%", "5.2%"], "全县污水处理方式中", False), "high")], id="within-a-point-all"),
    pytest.param("巡视反馈问题共5个方面42个具体问题,已完成整改37个,正在整改5个。",
                 [(("sum", "42个", ["37个", "5个"], "正在整改", True), "high")], id="groups-then-items"),
    pytest.param("全镇共有小学5所初中2所,在校学生3,126人。", [], id="two-kinds-side-by-side"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe71_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,个起所%、,;。较大年初末在册方面", repeat=4))
def test_probe71_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("全年受理信访事项328件,已办结301件,转交有关部门处理19件,剩余8件正在办理。",
                 [(("sum", "328件", ["301件", "19件", "8件"], "剩余", True), "high")], id="ways-disposed-then-the-rest"),
    pytest.param("全年受理信访事项328件,已办结301件,转交有关部门处理19件,剩余9件正在办理。",
                 [(("sum", "328件", ["301件", "19件", "9件"], "剩余", False), "high")], id="ways-disposed-misprinted"),
    pytest.param("计划实施项目96个,已开工96个,已完工81个,剩余15个正在收尾。", [], id="stages-nest"),
])
def test_what_is_left_after_several_ways(text: str, expected: list[object]) -> None:
    """'受理217件,已调处化解203件,通过诉讼途径解决9件,剩余4件…' (probe 71 G04): each figure between the total and what is
    left says a way it went, so all of them with the rest make the total; stages (开工, 完工) nest and make nothing."""
    assert checked_with_confidence(printed_lines(text)) == expected


def test_ways_disposed_after_what_is_left_are_parts_too() -> None:
    """'…已整改6162.72万元,正在整改3025.97万元,移送有关部门处理321.70万元,整改率64.80%' (PDF probe 80): a way the
    total went said after what is still being done is a part as well (it was left out, and the sum failed)."""
    text = "审计查出问题金额1,286.40万元,已整改905.30万元,正在整改312.60万元,移送有关部门处理68.50万元,整改率70.4%。"
    assert checked_with_confidence(printed_lines(text)) == [
        (("sum", "1,286.40万元", ["905.30万元", "312.60万元", "68.50万元"], "正在整改", True), "high")]
