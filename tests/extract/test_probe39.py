"""Rules from probe 39 (60 excerpts written blind, 15 planted errors, many look-alikes), tested on sentences of our own:
a total whose cue counts the items itself ('三项合计投资…') adds up the items of the sentence before; and two parts
named by a pair of words that between them say all of something ('重点人群…、一般人群…', '公办园…、民办园…') are all of
their total, even after 其中 followed by 重点 (which otherwise names only the main ones)."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, printed

CASES = [
    pytest.param("一是新建卫生院2所,投资2860万元;二是改造村卫生室45个,投资1350万元;三是购置医疗设备投资740万元。三项合计投资4950万元。",
                 [(("sum", "4950万元", ["2860万元", "1350万元", "740万元"], "三项合计投资", True), "high")], id="items-counted-by-the-cue"),
    pytest.param("一是新建卫生院2所,投资2860万元;二是改造村卫生室45个,投资1350万元;三是购置医疗设备投资740万元。三项合计投资5950万元。",
                 [(("sum", "5950万元", ["2860万元", "1350万元", "740万元"], "三项合计投资", False), "high")], id="items-counted-planted"),
    pytest.param("新建卫生院投资2860万元,改造村卫生室投资1350万元。三项合计投资4950万元。", [], id="items-counted-differ"),
    pytest.param("全年为群众提供家庭医生签约服务8.65万人,其中重点人群5.12万人、一般人群3.53万人。",
                 [(("sum", "8.65万人", ["5.12万人", "3.53万人"], "其中", True), "high")], id="key-and-general"),
    pytest.param("全年为群众提供家庭医生签约服务8.65万人,其中重点人群5.12万人、一般人群3.35万人。",
                 [(("sum", "8.65万人", ["5.12万人", "3.35万人"], "其中", False), "high")], id="key-and-general-planted"),
    pytest.param("全县在园幼儿8600人,其中公办园5210人、民办园3390人。",
                 [(("sum", "8600人", ["5210人", "3390人"], "其中", True), "high")], id="public-and-private"),
    # 重点 alone still names the main ones only
    pytest.param("全年为群众提供家庭医生签约服务8.65万人,其中重点人群中老年人3.12万人、孕产妇0.53万人。",
                 [(("subset", "8.65万人", ["3.12万人"], "其中", True), "high"),
                  (("subset", "8.65万人", ["0.53万人"], "其中", True), "high")], id="main-ones-only"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe39_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected
