"""Rules from PDF probe 74 (a 部门决算说明 and a 县人民医院 总结 written blind, 8 planted errors), tested on inputs of our
own: a list announced '按…统计,' is a classification of the figure before it; shares that each name the same whole
(占本年支出的…;…占本年支出的…) of amounts that make it exactly are all of it; five aligned rows or more under a header
with a word over each column are a table though no total closes them (its 合计 may stand on the next page). (The
side-by-side 总表 named by its label columns: test_side_by_side.)"""

from __future__ import annotations

import pytest
from factories import (
    checked_with_confidence,
    mutated_sentences,
    printed_lines,
    relations_refer_to_figures,
    text_line,
)
from hypothesis import given, settings

from extract.tables import unruled_tables

CASES = [
    pytest.param("全年受理各类案件1,286件。按案件类型统计,民事案件、刑事案件、行政案件分别为846件、312件和127件。",
                 [(("sum", "1,286件", ["846件", "312件", "127件"], "按案件类型统计", False), "high")], id="classified-by-statistics"),
    pytest.param("本年支出3,426.50万元,其中基本支出1,204.30万元,占本年支出的35.15%;项目支出2,222.20万元,占本年支出的64.85%。",
                 [(("sum", "3,426.50万元", ["1,204.30万元", "2,222.20万元"], "其中", True), "high"),
                  (("share", None, ["35.15%", "64.85%"], "占本年支出", True), "high")], id="each-share-names-the-whole"),
    pytest.param("本年支出3,426.50万元,其中基本支出1,204.30万元,占本年支出的35.15%;项目支出2,222.20万元,占本年支出的65.15%。",
                 [(("sum", "3,426.50万元", ["1,204.30万元", "2,222.20万元"], "其中", True), "high"),
                  (("share", None, ["35.15%", "65.15%"], "占本年支出", False), "high")], id="each-share-names-the-whole-misprinted"),
    pytest.param("全年一般公共预算支出52.6亿元,其中教育支出11.3亿元,占一般公共预算支出的21.5%;卫生健康支出6.7亿元,占一般公共预算支出的12.7%。",
                 [(("subset", "52.6亿元", ["11.3亿元"], "其中", True), "high"), (("subset", "52.6亿元", ["6.7亿元"], "其中", True), "high")],
                 id="some-items-shares"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe74_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


def test_five_aligned_rows_under_a_header_are_a_table() -> None:
    header = text_line(60, ("科室", 72), ("门诊", 230), ("出院", 300), ("手术", 370))
    names = ["内科", "外科", "妇科", "儿科", "眼科"]
    rows = [text_line(75 + 15 * i, (name, 72), (f"{1200 + 37 * i:,}", 230), (str(300 + i), 300), (str(40 + i), 370))
            for i, name in enumerate(names)]
    left, tables, _ = unruled_tables([header, *rows])
    assert left == [] and len(tables) == 1 and tables[0].rows[0] == ("科室", "门诊", "出院", "手术")
    assert unruled_tables([header, *rows[:4]])[1] == []  # (four rows and no total: lines of prose, maybe)


@settings(max_examples=100, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,件%万元、,;。按统计占的", repeat=4))
def test_probe74_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
