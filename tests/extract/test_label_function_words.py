"""A label is what a figure measures, never a word of grammar around it: a threshold after a count ('2项以上帮扶措施'
labelled '以上'), a 的 left from '以上的村' ('的村'), a 均 before the verb ('收入均超过5万元' labelled '收入均')."""

from __future__ import annotations

import pytest

from extract.figures import find_figures

CASES = [
    ("尚未消除风险的农户均落实2项以上帮扶措施。", [("2项", "帮扶措施")]),
    ("每户落实3项以下产业项目。", [("3项", "产业项目")]),
    ("全县培育5家以上的龙头企业。", [("5家", "龙头企业")]),
    ("年收入10万元以上的村23个。", [("10万元", "年收入"), ("23个", "村")]),
    ("脱贫村集体经济收入均超过5万元。", [("5万元", "脱贫村集体经济收入")]),
    ("帮扶车间吸纳就业人数都达到30人以上。", [("30人", "就业人数")]),  # after 吸纳: labels.CUT_AFTER
    # a 均 that ends a word stays: 户均, 人均
    ("带动贫困户户均增收3.3千元。", [("3.3千元", "贫困户户均增收")]),
    ("农民人均3000元。", [("3000元", "农民人均")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t for t, _ in CASES])
def test_labels_carry_no_function_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.label) for f in find_figures(text, 2023) if f.kind != "date"] == expected


BRACKETED = [
    ("在临江区开设消费帮扶馆(店)17家。", [("17家", "临江区开设消费帮扶馆")]),
    ("全县贫困村(社区)12个。", [("12个", "贫困村")]),
    ("引进企业(合作社)8家。", [("8家", "企业")]),
    # an item number in brackets is no aside: the figure after it has no label from before it
    ("资金安排如下:(1)200万元用于产业。", [("200万元", "")]),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED, ids=[t for t, _ in BRACKETED])
def test_a_short_aside_in_brackets_does_not_hide_the_label(text: str, expected: list[tuple[str, str]]) -> None:
    """'消费帮扶馆(店)17家': the bracket closes no clause; the label is what stands before it."""
    assert [(f.raw, f.label) for f in find_figures(text, 2023) if f.kind != "date"] == expected


QUOTED = [
    # a quoted name right before a figure names it
    ("回收有效问卷1176份,其中“满意”1032份、“基本满意”116份、“不满意”28份。",
     [("1176份", "回收有效问卷"), ("1032份", "满意"), ("116份", "基本满意"), ("28份", "不满意")]),
    ("全县评选「星级文明户」2150户。", [("2150户", "星级文明户")]),
    # a share's 的 at the end of its label
    ("脱贫劳动力占转移就业总人数的51.6%。", [("51.6%", "脱贫劳动力占转移就业总人数")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED, ids=[t for t, _ in QUOTED])
def test_quoted_names_and_trailing_de(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.label) for f in find_figures(text, 2023) if f.kind != "date"] == expected
