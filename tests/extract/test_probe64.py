"""Rules from PDF probe 64 (a 预算执行 report and a 卫健局 总结, written blind), tested on sentences of our own: a total
with its own parts in brackets right after it, or listed after the later total, is still one of that total's parts
('加上上级补助收入…(其中…)、…,收入总计…'); a 收入总计 and a 支出总计 the text says balance (收支平衡) are one figure
printed twice; a 分别为 list names all of a budget's income, so falling short of it is an error; shares of ranks after
what the whole is looked at by ('从出生孩次看,一孩占…,三孩及以上占…') are all of it."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

BAL = "收入总计 = 支出总计"
CASES = [
    pytest.param("全市政府性基金收入52,410万元,加上上级补助收入8,230万元(其中抗疫特别国债3,100万元、专项补助5,130万元)、"
                 "上年结转1,360万元,收入总计62,000万元。",
                 [(("sum", "8,230万元", ["3,100万元", "5,130万元"], "其中", True), "high"),
                  (("sum", "62,000万元", ["52,410万元", "8,230万元", "1,360万元"], "总计", True), "high")], id="bracketed-parts"),
    pytest.param("全市政府性基金收入52,410万元,加上上级补助收入8,230万元(其中抗疫特别国债3,100万元、专项补助5,130万元)、"
                 "上年结转1,360万元,收入总计62,100万元。",
                 [(("sum", "8,230万元", ["3,100万元", "5,130万元"], "其中", True), "high"),
                  (("sum", "62,100万元", ["52,410万元", "8,230万元", "1,360万元"], "总计", False), "high")], id="bracketed-parts-planted"),
    pytest.param("全市支出安排58,200万元,加上上解支出1,300万元、债务还本支出2,500万元,支出总计62,000万元,收支平衡。"
                 "支出安排中,教育支出16,400万元、卫生健康支出9,800万元等。",
                 [(("subset", "58,200万元", ["16,400万元"], "支出安排中", True), "high"),  # (等: some of it)
                  (("subset", "58,200万元", ["9,800万元"], "支出安排中", True), "high"),
                  (("sum", "62,000万元", ["58,200万元", "1,300万元", "2,500万元"], "总计", True), "high")], id="parts-listed-after"),
    pytest.param("全市收入总计62,000万元。全市支出安排58,200万元,加上上解支出1,300万元、债务还本支出2,600万元,支出总计62,100万元。"
                 "全市一般公共预算收支平衡。",
                 [(("sum", "62,100万元", ["58,200万元", "1,300万元", "2,600万元"], "总计", True), "high"),
                  (("sum", "62,000万元", ["62,100万元"], BAL, False), "high")], id="said-balanced"),
    pytest.param("全市收入总计62,000万元。全市支出总计58,100万元,收支结余3,900万元。", [], id="not-said-balanced"),
    # shares of ranks after what the whole is looked at by, the last 'N及以上': all of it
    pytest.param("全年出生人口2,460人。从出生孩次看,一孩占45.1%,二孩占38.2%,三孩及以上占16.7%。",
                 [(("share", None, ["45.1%", "38.2%", "16.7%"], "从出生孩次看", True), "high")], id="ranks-and-up"),
    pytest.param("全年出生人口2,460人。从出生孩次看,一孩占45.1%,二孩占38.2%,三孩及以上占17.5%。",
                 [(("share", None, ["45.1%", "38.2%", "17.5%"], "从出生孩次看", False), "high")], id="ranks-and-up-planted"),
    pytest.param("全市国有资本经营预算收入完成1,506万元,分别为:利润收入1,120万元、产权转让收入320万元、其他收入65万元。",
                 [(("sum", "1,506万元", ["1,120万元", "320万元", "65万元"], "分别为", False), "high")], id="fenbie-lists-all"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe64_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,万元()、,;。其中加上总计收支平衡分别为", repeat=4))
def test_probe64_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
