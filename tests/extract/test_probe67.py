"""Rules from probe 67 (60 excerpts written blind from 经济运行, 发展改革, 工信, 林业, 人社, 司法, 公安, 税务, 金融 and 统计
reports, 12 planted errors), tested on sentences of our own: a net change said after the changes is no change of its
own; parts named by what they have (具备…功能的) may overlap, so their check is a warning; a 其中 list far from its total
is an error when one part with two neighbouring digits swapped makes it exactly; shares closed by '、其他…占' are all of
the whole; this year's figure is checked against last year's though a 其中 subset hangs on it."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

B = "年初 + 增加 − 减少 = 年末"
Y = "上年 + 增加 − 减少 = 本年"
CASES = [
    pytest.param("规模以上工业企业由年初的96户增加到108户,全年新增入规企业17户、退出5户,净增12户。",
                 [(("balance", "108户", ["96户", "17户", "−5户"], B, True), "high")], id="net-after-the-changes"),
    pytest.param("全县建成视频监控点位4,210个,其中高清点位3,126个、具备人脸识别功能的点位862个。",
                 [(("sum", "4,210个", ["3,126个", "862个"], "其中", False), "low")], id="parts-named-by-what-they-have"),
    pytest.param("全年实施重点项目126个,其中新开工项目47个、续建项目97个。",
                 [(("sum", "126个", ["47个", "97个"], "其中", False), "high")], id="a-part-with-digits-swapped"),  # 79
    pytest.param("全年实施重点项目126个,其中新开工项目47个、续建项目35个。",
                 [(("sum", "126个", ["47个", "35个"], "其中", False), "low")], id="far-short-no-swap"),
    pytest.param("全县产业帮扶项目186个,其中联农带农项目152个,东西部协作项目74个。",
                 [(("sum", "186个", ["152个", "74个"], "其中", False), "low")], id="one-digit-off-is-no-evidence"),
    pytest.param("在全县草地面积中,天然草地占62.4%、人工草地占24.3%、其他草地占12.6%。",
                 [(("share", None, ["62.4%", "24.3%", "12.6%"], "在全县草地面积中", False), "high")], id="shares-closed-by-other"),
    pytest.param("全年旅游总收入实现28.6亿元,较上年的25.1亿元增加3.2亿元,其中乡村旅游收入突破9亿元。",
                 [(("subset", "28.6亿元", ["9亿元"], "其中", True), "high"),
                  (("balance", "28.6亿元", ["25.1亿元", "3.2亿元"], Y, False), "high")], id="year-on-year-with-a-subset"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe67_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,户个%亿元、,;。其中净增具备占较上年的增加", repeat=4))
def test_probe67_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
