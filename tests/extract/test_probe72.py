"""Rules from PDF probe 72 (a 镇人民政府 总结 and a 县财政局 预算执行 report written blind, 8 planted errors) that read
running text, tested on sentences of our own: a 合计 said of the rest (其余各项…合计) is one more part, no total of the
items before it. (Its carry-forward prose: test_added_and_taken.)"""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

CASES = [
    pytest.param("全县一般公共预算支出52,640.00万元,其中教育支出12,360.00万元、农林水支出9,870.00万元,其余各项支出合计"
                 "30,410.00万元。",
                 [(("sum", "52,640.00万元", ["12,360.00万元", "9,870.00万元", "30,410.00万元"], "其中", True), "high")],
                 id="the-rest-is-a-part"),
    pytest.param("从支出科目看,教育支出12,360.00万元、农林水支出9,870.00万元,其他支出合计30,410.00万元。", [], id="no-total-of-its-own"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe72_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=100, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,万元、,;。其余合计", repeat=4))
def test_probe72_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)


def test_a_when_clause_after_a_heading_still_says_the_opening() -> None:
    """'(五)政府债务情况\\n2025年初,全县政府债务余额…': the heading's line is not part of the clause that says when, so the
    stock is still the opening of the year's roll-forward (it read as a figure printed twice, 年初 and 年末)."""
    text = ("(三)地方政府债务\n2024年初,全县政府债务余额152,300.00万元。全年新增债务21,000.00万元;偿还到期本金9,450.00万元。"
            "截至2024年底,全县政府债务余额163,850.00万元。")
    assert checked_with_confidence(printed_lines(text)) == [
        (("balance", "163,850.00万元", ["152,300.00万元", "21,000.00万元", "−9,450.00万元"], "年初 + 增加 − 减少 = 年末", True), "high")]


def test_a_bracketed_qizhong_breaks_down_the_figure_right_before_it() -> None:
    """'…限额86,400万元以内(其中一般债务限额…、专项债务限额…)': the limit's parts, never the 余额 further back."""
    text = ("年末全县政府债务余额80,150.00万元,控制在债务限额86,400.00万元以内(其中一般债务限额31,200.00万元、"
            "专项债务限额55,200.00万元)。")
    assert checked_with_confidence(printed_lines(text)) == [
        (("sum", "86,400.00万元", ["31,200.00万元", "55,200.00万元"], "其中", True), "high")]
