"""Rules prompted by probe 18 (60 village and township excerpts by a blind author; first measurement 7 of 10 planted
errors, 2 false error alerts), tested on sentences of our own: 一般户 beside 脱贫户 and 监测户 completes a split of
everyone; a total may name what it counts before 由…组成; '来源如下:' lists its parts inline; points followed by 其余
name only some of the total; by how much a target was passed (超额完成8户) is no total; and labels of a year's figure,
a 平均, a 在家 group, and a count after 共对."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, printed

from extract.figures import find_figures

CASES = [
    pytest.param("全村共有农户286户,分别是脱贫户74户、监测户12户、一般户190户。",
                 [(("sum", "286户", ["74户", "12户", "190户"], "分别是", False), "high")], id="ordinary-completes-planted"),
    pytest.param("吸纳就业860人,其中脱贫人口310人、监测对象42人。",
                 [(("subset", "860人", ["310人"], "其中", True), "high"), (("subset", "860人", ["42人"], "其中", True), "high")],
                 id="statuses-within-everyone"),
    pytest.param("全乡完成的326户危房改造任务由东村118户、西村97户和南村101户组成。",
                 [(("sum", "326户", ["118户", "97户", "101户"], "由…组成", False), "high")], id="noun-before-composed-planted"),
    pytest.param("全年投入68.5万元,资金来源如下:衔接资金40万元,村集体自筹16万元,群众投劳折资12.5万元。",
                 [(("sum", "68.5万元", ["40万元", "16万元", "12.5万元"], "如下:", True), "high")], id="sources-inline"),
    pytest.param("共受理矛盾纠纷52件。一是土地纠纷21件,二是婚姻家庭纠纷13件,其余为邻里纠纷。",
                 [(("subset", "52件", ["21件"], "一是、二是", True), "high"), (("subset", "52件", ["13件"], "一是、二是", True), "high")],
                 id="points-then-the-rest"),
    pytest.param("计划新建蓄水池40口,实际建成46口,超额完成6口,其中新建钢筋混凝土水池30口。",
                 [(("subset", "46口", ["30口"], "其中", True), "high")], id="by-how-much-is-no-total"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe18_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected


LABELS = [
    ("村集体经济收入2023年为6.2万元,2024年为9.8万元。", [("6.2万元", "村集体经济收入"), ("9.8万元", "村集体经济收入")]),
    ("全镇平均为95.6%,在家务农312人。", [("95.6%", "全镇平均"), ("312人", "在家务农")]),
    ("今年共对23户困难群众实施临时救助。", [("23户", "困难群众")]),
]


@pytest.mark.parametrize(("text", "expected"), LABELS, ids=[t for t, _ in LABELS])
def test_probe18_labels(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.label) for f in find_figures(printed(text), 2024) if f.kind != "date"] == expected
