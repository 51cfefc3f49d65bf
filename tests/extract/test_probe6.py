"""What a sixth probe (70 sentences of 统计公报, 政府工作报告, budget and sector reports, expectations written before
running) found, each fixed by a rule tested here on sentences of our own beside the ones that must not change."""

from __future__ import annotations

import pytest
from factories import Checked, checked_text, printed

from extract.figures import find_figures

RELATIONS = [
    # designations a firm may hold together, and groups of people by different traits, overlap
    pytest.param("全县有规模以上工业企业126家,其中高新技术企业48家、专精特新企业23家。",
                 [("subset", "126家", ["48家"], "其中", True), ("subset", "126家", ["23家"], "其中", True)], id="designations"),
    pytest.param("全年培训农民工3860人次,其中女性1725人次、少数民族946人次。",
                 [("subset", "3860人次", ["1725人次"], "其中", True), ("subset", "3860人次", ["946人次"], "其中", True)],
                 id="gender-and-ethnicity"),
    pytest.param("全年新增城镇就业6842人,其中高校毕业生2316人、退役军人418人、就业困难人员735人。",
                 [("subset", "6842人", ["2316人"], "其中", True), ("subset", "6842人", ["418人"], "其中", True),
                  ("subset", "6842人", ["735人"], "其中", True)], id="key-groups"),
    pytest.param("参训学员860人,其中女性380人、60岁以上老人210人。",
                 [("subset", "860人", ["380人"], "其中", True), ("subset", "860人", ["210人"], "其中", True)], id="gender-and-age"),
    # one trait: a breakdown
    pytest.param("参训学员860人,其中男性410人、女性430人。", [("sum", "860人", ["410人", "430人"], "其中", False)], id="gender-planted"),
    # a total after the parts: 总数达到; a list by where it was sold: 按经营地分
    pytest.param("全县电商网点分布为:东部片区86个、中部片区74个、西部片区52个,总数达到212个。",
                 [("sum", "212个", ["86个", "74个", "52个"], "总数达到", True)], id="zongshu"),
    pytest.param("社会消费品零售总额126.8亿元,按经营地分,城镇消费品零售额98.3亿元,乡村消费品零售额26.5亿元。",
                 [("sum", "126.8亿元", ["98.3亿元", "26.5亿元"], "按经营地分", False)], id="by-where-sold-planted"),
]


@pytest.mark.parametrize(("text", "expected"), RELATIONS)
def test_probe6_relations(text: str, expected: list[Checked]) -> None:
    assert checked_text(printed(text)) == expected


LABELS = [
    ("一季度、二季度、三季度、四季度分别完成投资18.6亿元、22.3亿元、24.1亿元、27.5亿元。",
     [("18.6亿元", "一季度完成投资"), ("22.3亿元", "二季度完成投资"), ("24.1亿元", "三季度完成投资"), ("27.5亿元", "四季度完成投资")]),
    ("人民币存款余额412.8亿元,比年初增加36.5亿元。", [("412.8亿元", "人民币存款余额"), ("36.5亿元", "人民币存款余额比年初增加")]),
    ("全市研发经费投入强度为2.15%。", [("2.15%", "研发经费投入强度")]),
    ("全年投入资金1.2亿元。", [("1.2亿元", "资金")]),
]


@pytest.mark.parametrize(("text", "expected"), LABELS, ids=[t for t, _ in LABELS])
def test_probe6_labels(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.label) for f in find_figures(printed(text), 2023) if f.kind != "date"] == expected
