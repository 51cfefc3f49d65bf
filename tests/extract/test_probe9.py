"""False error alerts of a ninth probe (50 report excerpts, half with no breakdown, expectations written first),
each fixed by a rule tested here on text of our own beside the breakdowns that must still be summed."""

from __future__ import annotations

import pytest
from factories import Checked, checked_text, printed

CASES = [
    # parts of different kinds, some sharing one: groups that overlap
    pytest.param("项目受益人口3.6万人,其中脱贫人口1.9万人、监测对象0.3万人、少数民族群众0.8万人。",
                 [("subset", "3.6万人", ["1.9万人"], "其中", True), ("subset", "3.6万人", ["0.3万人"], "其中", True),
                  ("subset", "3.6万人", ["0.8万人"], "其中", True)], id="statuses-and-ethnicity"),
    # where people work, said as 在/到 + a place, beside another kind
    pytest.param("全县脱贫劳动力就业2.3万人,其中在浙江就业4860人,女性劳动力9210人。",
                 [("subset", "2.3万人", ["4860人"], "其中", True), ("subset", "2.3万人", ["9210人"], "其中", True)],
                 id="place-and-gender"),
    # properties of the same things, said as clauses with 的, adding up to more than them
    pytest.param("全县建成帮扶车间83个,其中吸纳脱贫人口就业的车间61个,由浙江企业投资建设的车间29个。",
                 [("subset", "83个", ["61个"], "其中", True), ("subset", "83个", ["29个"], "其中", True)], id="properties"),
    pytest.param("全县贫困户1200户,其中已脱贫的贫困户950户、未脱贫的贫困户240户。",
                 [("sum", "1200户", ["950户", "240户"], "其中", False)], id="yes-no-with-de-planted"),
    # a semicolon before another 其中 ends the first list
    pytest.param("培训农村劳动力1560人,其中脱贫人口820人;经培训后实现就业1120人,其中脱贫人口610人。",
                 [("subset", "1560人", ["820人"], "其中", True), ("subset", "1120人", ["610人"], "其中", True)], id="semicolon-next-list"),
    # one kind only: still a breakdown
    pytest.param("全县转移就业5260人,其中省外就业3310人,省内就业1850人。", [("sum", "5260人", ["3310人", "1850人"], "其中", False)],
                 id="one-kind-planted"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe9_relations(text: str, expected: list[Checked]) -> None:
    assert checked_text(printed(text)) == expected


def confidences(text: str) -> list[tuple[str, bool, str]]:
    from factories import checked_with_confidence

    return [(c[0], c[4], confidence) for c, confidence in checked_with_confidence(printed(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # parts far over their total: overlapping groups are likelier than a misprint, a warning
    pytest.param("全县耕地面积86.4万亩,其中永久基本农田72.8万亩,高标准农田41.5万亩。", [("sum", False, "low")], id="far-over"),
    pytest.param("全县有产业帮扶项目186个,其中联农带农项目152个,东西部协作项目74个。", [("sum", False, "low")], id="far-over-count"),
    # a little over, or short: an error as before
    pytest.param("受益贫困户7573户,其中茶园6114户、魔芋1394户、养殖164户。", [("sum", False, "high")], id="a-little-over"),
    pytest.param("受益贫困户7573户,其中茶园6114户、魔芋1394户、养殖64户。", [("sum", False, "high")], id="short"),
])
def test_parts_far_over_the_total_warn(text: str, expected: list[tuple[str, bool, str]]) -> None:
    assert confidences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("争取上级衔接资金2.46亿元,分别用于产业发展1.52亿元、基础设施建设0.68亿元、就业帮扶0.16亿元。",
                 [("sum", "2.46亿元", ["1.52亿元", "0.68亿元", "0.16亿元"], "分别用于", False)], id="fenbie-yongyu-planted"),
    pytest.param("全县选派驻村工作队员468人,分别派驻脱贫村338人、监测村98人、安置社区32人。",
                 [("sum", "468人", ["338人", "98人", "32人"], "分别派驻", True)], id="fenbie-paizhu"),
    # figures listed with no names of their own after 分别: not this rule ('三年分别投入' needs its count)
    pytest.param("全县投入资金4.5亿元,分别投入1.2亿元、1.5亿元、1.8亿元。", [], id="no-names"),
])
def test_fenbie_verb_right_after_its_total(text: str, expected: list[Checked]) -> None:
    assert checked_text(printed(text)) == expected
