"""Rules from probe 75 (60 excerpts written blind from 东西部协作 汇报, 衔接资金 绩效自评, 防返贫监测, 易地搬迁 and other
帮扶 texts, 12 planted errors), tested on sentences of our own: parts one a year closed by 'N年累计' are its total, as
many as the years it counts; a figure after 以上 opening its clause restates one before it; one figure printed twice
a power of ten apart is a unit slip (an error); a closing that only says it holds (年末尚有…) is the opening's stock."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

B = "年初 + 增加 − 减少 = 年末"
R = "同一数字两处出现: "
CASES = [
    pytest.param("2022年、2023年、2024年分别争取东部协作资金2,150万元、2,380万元、2,610万元,三年累计达7,140万元。",
                 [(("sum", "7,140万元", ["2,150万元", "2,380万元", "2,610万元"], "三年累计达", True), "high")], id="years-then-their-total"),
    pytest.param("2022年、2023年、2024年分别争取东部协作资金2,150万元、2,380万元、2,610万元,三年累计达7,410万元。",
                 [(("sum", "7,410万元", ["2,150万元", "2,380万元", "2,610万元"], "三年累计达", False), "high")], id="years-misprinted"),
    pytest.param("2023年投入帮扶资金1,200万元、2024年投入1,300万元,三年累计投入3,800万元。", [], id="a-year-not-listed"),
    pytest.param("今年落实对口帮扶资金2,460万元,实施项目18个。以上2,640万元资金全部纳入项目库管理。",
                 [(("repeat", "2,460万元", ["2,640万元"], R + "对口帮扶资金", False), "high")], id="the-above-restated"),
    pytest.param("全县60岁以上老年人1,286人,其中80岁以上1,268人。",
                 [(("subset", "1,286人", ["1,268人"], "其中", True), "high")], id="a-band-is-no-restatement"),
    pytest.param("累计投入东西部协作资金3.46亿元,带动脱贫人口2.1万人。综上,累计投入东西部协作资金3460万元。",
                 [(("repeat", "3.46亿元", ["3460万元"], R + "东西部协作资金", False), "high")], id="a-unit-slipped"),
    pytest.param("年初全县监测对象1,208户,全年新识别纳入146户、消除风险532户,年末尚有822户。",
                 [(("balance", "822户", ["1,208户", "146户", "−532户"], B, True), "high")], id="holds-names-no-stock"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe75_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,户人%亿万元、,;。以上三年累计尚有", repeat=4))
def test_probe75_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
