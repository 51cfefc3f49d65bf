"""Rules from probe 63 (60 excerpts written blind from 审计整改, 营商环境, 应急管理, 水利, 自然资源, 城市建设, 科技创新,
商务外贸, 退役军人 and 统计 reports, 12 planted errors), tested on sentences of our own: a clause that says a total
(合计, 共计 …) is no part of the list before it; after a semicolon in a 其中 list, a clause that opens with a verb is a
statement of its own; last year's figure said first, then this year's, then the change; 造林, 开垦 add to a stock; shares
whose first clause names the whole with 占…的 are all of it when the last is the rest (其他)."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

Y = "上年 + 增加 − 减少 = 本年"
B = "年初 + 增加 − 减少 = 年末"
CASES = [
    pytest.param("全年发放惠企补贴2,360万元,其中稳岗补贴1,240万元、技改补贴720万元、研发补贴400万元,合计带动投资8.6亿元。",
                 [(("sum", "2,360万元", ["1,240万元", "720万元", "400万元"], "其中", True), "high")], id="a-total-said-after-ends-the-list"),
    pytest.param("全年发放惠企补贴2,360万元,其中稳岗补贴1,240万元、技改补贴720万元、研发补贴300万元,合计带动投资8.6亿元。",
                 [(("sum", "2,360万元", ["1,240万元", "720万元", "300万元"], "其中", False), "high")], id="a-total-said-after-planted"),
    pytest.param("全年新增城镇就业5,126人,其中退役军人836人;帮助失业人员再就业1,420人、困难人员就业512人。",
                 [(("subset", "5,126人", ["836人"], "其中", True), "high")], id="a-verb-after-the-semicolon"),
    # (not when the list's parts open with verbs too: '其中:发展…;带动…')
    pytest.param("受益农户2,350户。其中:发展蔬菜1,200户,补助资金60万元;带动养殖1,150户,补助资金35万元。",
                 [(("sum", "2,350户", ["1,200户", "1,150户"], "其中", True), "high")], id="parts-that-open-with-verbs"),
    pytest.param("全县粮食产量上年为21.36万吨,今年达到22.05万吨,比上年增加0.69万吨。",
                 [(("balance", "22.05万吨", ["21.36万吨", "0.69万吨"], Y, True), "high")], id="last-year-first"),
    pytest.param("全县发生火灾上年为46起,今年为38起,比上年减少6起。",
                 [(("balance", "38起", ["46起", "−6起"], Y, False), "high")], id="last-year-first-planted"),
    pytest.param("全县火灾起数比上年减少6起,上年为46起,今年为40起。", [], id="change-said-first-is-another-shape"),
    pytest.param("全县草地面积年初为46,210亩,年内新造林1,230亩,建设占用草地380亩,年末为47,060亩。",
                 [(("balance", "47,060亩", ["46,210亩", "1,230亩", "−380亩"], B, True), "high")], id="afforestation-adds"),
    pytest.param("全年自东盟进口占全市进口总额的36.2%,自欧盟进口占24.6%,自其他国家和地区进口占39.2%。",
                 [(("share", None, ["36.2%", "24.6%", "39.2%"], "占全市进口总额", True), "high")], id="shares-whole-named-with-zhan-de"),
    pytest.param("全年自东盟进口占全市进口总额的36.2%,自欧盟进口占24.6%,自日本进口占19.2%。", [], id="some-of-the-whole"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe63_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,人元亩起%、,;。其中合计上年今年比增加减少占的", repeat=4))
def test_probe63_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
