"""Rules from PDF probe 60 (a 部门决算 and a 东西部协作 汇报, 8 planted errors), tested on text of our own: a 其中 whose
first part of a measure comes only after a semicolon is no list of that measure's total ('…实际到位投资6.85亿元;…转移
就业6,245人,其中脱贫劳动力3,812人;消费帮扶销售…2.36亿元': 2.36亿元 was taken as part of 6.85亿元); and a summary before
a report's first heading may be restated anywhere after it, a misprinted repeat when two digits are swapped."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

CASES = [
    pytest.param("引进企业12家,实际到位投资4.25亿元;转移就业3,180人,其中脱贫劳动力1,906人;帮助销售农产品1.38亿元。",
                 [(("subset", "3,180人", ["1,906人"], "其中", True), "high")], id="qizhong-of-another-measure"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe60_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


def test_a_summary_restated_after_the_first_heading() -> None:
    """(find_relations reads sections from the figures: built here as the PDF path sets them.)"""
    from dataclasses import replace

    from factories import text_figures

    from extract.relations import find_relations

    text = printed_lines("全年帮助销售农特产品1.47亿元,带动脱贫户增收。\n一、消费帮扶\n" + "全县持续推进消费帮扶工作。" * 40
                         + "\n全年通过协作渠道帮助销售我县农特产品1.74亿元,其中线上0.52亿元、线下1.22亿元。")
    figures = [replace(f, section="" if f.doc_start < text.index("一、") else "一、消费帮扶") for f in text_figures(text)]
    found = [(r.type, r.cue) for r in find_relations(text, figures, "t")]
    assert ("repeat", "同一数字两处出现: 帮助销售") in found
    same_section = [replace(f, section="一、消费帮扶") for f in figures]
    assert all(r.type != "repeat" for r in find_relations(text, same_section, "t"))  # (over 400 characters apart)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,人亿元、,;。其中", repeat=4))
def test_probe60_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
