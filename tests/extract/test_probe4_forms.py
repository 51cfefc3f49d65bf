"""Forms of fiscal, statistical and project reports a fourth probe read wrong (false failed checks first), tested on
sentences of our own."""

from __future__ import annotations

import pytest
from factories import Checked, checked_text, dates_in, printed, quantities_in

RELATIONS = [
    # each project's own 总投资 is no total of the projects before it
    pytest.param("新开工工业项目12个,总投资28.6亿元;农业项目8个,总投资6.2亿元;文旅项目5个,总投资34.8亿元。", [],
                 id="per-item-zongtouzi"),
    pytest.param("重点推进甲项目,总投资5.6亿元;乙项目,总投资3.2亿元;丙项目,总投资8.8亿元。", [], id="per-item-zongtouzi-equal"),
    # a list closed with 等 names only some of the parts
    pytest.param("税收收入5.82亿元,其中增值税2.46亿元、企业所得税0.83亿元、契税0.95亿元等。",
                 [("subset", "5.82亿元", ["2.46亿元"], "其中", True), ("subset", "5.82亿元", ["0.83亿元"], "其中", True),
                  ("subset", "5.82亿元", ["0.95亿元"], "其中", True)], id="deng"),
    # parts that are thresholds nest in each other
    pytest.param("签约项目74个,其中亿元以上项目35个、10亿元以上项目9个。",
                 [("subset", "74个", ["35个"], "其中", True), ("subset", "74个", ["9个"], "其中", True)], id="nested-thresholds"),
    # groups of different kinds: size and technology, ownership and sector
    pytest.param("入园企业148家,其中规上企业71家、高新技术企业26家。",
                 [("subset", "148家", ["71家"], "其中", True), ("subset", "148家", ["26家"], "其中", True)], id="size-and-tech"),
    pytest.param("固定资产投资86.2亿元,其中民间投资49.5亿元,工业投资33.1亿元。",
                 [("subset", "86.2亿元", ["49.5亿元"], "其中", True), ("subset", "86.2亿元", ["33.1亿元"], "其中", True)],
                 id="owner-and-sector"),
    pytest.param("签约项目66个,其中工业项目36个、农业项目16个、服务业项目14个。",
                 [("sum", "66个", ["36个", "16个", "14个"], "其中", True)], id="one-kind-sector"),
    # a semicolon after parts that make the total, where they were listed with commas: what follows is no part
    pytest.param("新增政府债券12.6亿元,其中一般债券2.1亿元,专项债券10.5亿元;再融资债券5.8亿元。",
                 [("sum", "12.6亿元", ["2.1亿元", "10.5亿元"], "其中", True)], id="semicolon-ends-comma-list"),
    # 投资 closes a list like 投入
    pytest.param("甲项目投资3.2亿元,乙项目投资4.8亿元,丙项目投资2.5亿元,共计投资11.5亿元。",
                 [("sum", "11.5亿元", ["3.2亿元", "4.8亿元", "2.5亿元"], "共计投资", False)], id="gongji-touzi"),
    pytest.param("一期投资3.2亿元,二期投资4.8亿元,三期投资2.5亿元,共投资10.5亿元。",
                 [("sum", "10.5亿元", ["3.2亿元", "4.8亿元", "2.5亿元"], "共投资", True)], id="phases"),
]


@pytest.mark.parametrize(("text", "expected"), RELATIONS)
def test_relations(text: str, expected: list[Checked]) -> None:
    assert checked_text(printed(text)) == expected


FIGURES = [
    ("二期投资4.8亿元,三期投资2.5亿元", [("4.8亿元", "亿元"), ("2.5亿元", "亿元")]),
    ("三次产业结构调整为10.2:38.5:51.3", [("10.2", "%"), ("38.5", "%"), ("51.3", "%")]),  # shares of one whole (find_ratios)
    ("新增电梯18部", [("18部", "部")]),
    ("全年开展培训三期", [("三期", "期")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_figures(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.unit) for f in quantities_in(text)] == expected


def test_a_month_after_the_reports_date_is_of_the_year_before() -> None:
    # a report on 2023 dated 2024-01-15: its bare months are 2023's
    text = "1—11月,规模以上工业增加值增长6.2%。截至11月底,城镇新增就业3260人。12月份完成投资1.46亿元。1月份完成0.8亿元。"
    assert [(d.raw, d.date_iso) for d in dates_in(text, year=2024, month=1)] == [
        ("1—11月", "2023-01/2023-11"), ("11月底", "2023-11"), ("12月份", "2023-12"), ("1月份", "2024-01")]
