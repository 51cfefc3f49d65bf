"""A sum opened by a name and 加上 ('政府性基金预算收入加上上级补助收入3,860万元、…,收入总计119,600万元') adds what follows
to the figure printed for that name before it (45,600万元 a sentence or two back), not to nothing: the named figure is
its first part. Where no figure was printed for the name, the sum cannot be checked and is not."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

CASES = [
    pytest.param("全县国有资本经营预算收入完成2,180万元,为预算的104.8%。国有资本经营预算收入加上上年结转收入320万元、上级补助收入150万元,"
                 "收入总计2,650万元。",
                 [(("sum", "2,650万元", ["2,180万元", "320万元", "150万元"], "总计", True), "high")], id="base-named-back"),
    pytest.param("全县国有资本经营预算收入完成2,180万元,为预算的104.8%。国有资本经营预算收入加上上年结转收入320万元、上级补助收入150万元,"
                 "收入总计2,560万元。",
                 [(("sum", "2,560万元", ["2,180万元", "320万元", "150万元"], "总计", False), "high")], id="base-named-back-planted"),
    pytest.param("社会保险基金收入加上上年结余1,200万元、财政补贴800万元,收入总计9,600万元。", [], id="base-never-printed"),
    # a statement after a semicolon opens with its own figure: its sum is of its own parts
    pytest.param("全县国有资本经营预算收入完成2,180万元。国有资本经营预算收入加上上年结转收入320万元、上级补助收入150万元,收入总计2,650万元;"
                 "国有资本经营预算支出616万元,加上调出资金1,564万元、结转下年470万元,支出总计2,650万元。",
                 [(("sum", "2,650万元", ["2,180万元", "320万元", "150万元"], "总计", True), "high"),
                  (("sum", "2,650万元", ["616万元", "1,564万元", "470万元"], "总计", True), "high")], id="next-statement-its-own"),
    # 参加 and 增加 are no 加上
    pytest.param("全年组织群众参加上级举办的种植培训320人次、养殖培训180人次,合计500人次。",
                 [(("sum", "500人次", ["320人次", "180人次"], "合计", True), "high")], id="canjia-is-no-jiashang"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_named_base_is_the_first_part(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,万元、,;。加上收入总计", repeat=4))
def test_named_base_never_raises_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
