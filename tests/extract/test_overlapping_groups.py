"""Parts after 其中 that name groups of different kinds (where they work, how they went, who they are) overlap: each
is within the total, and their sum is no breakdown of it. Parts of one kind still must make the total."""

from __future__ import annotations

import pytest
from factories import Checked, checked_text, printed

CASES = [
    pytest.param("全年新增转移就业5260人,其中跨省就业3310人,通过有组织劳务输出1870人。",
                 [("subset", "5260人", ["3310人"], "其中", True), ("subset", "5260人", ["1870人"], "其中", True)],
                 id="where-and-how"),
    pytest.param("培训农村劳动力4200人次,其中女性1830人次、致富带头人2150人次。",
                 [("subset", "4200人次", ["1830人次"], "其中", True), ("subset", "4200人次", ["2150人次"], "其中", True)],
                 id="who-and-role"),
    pytest.param("园区入驻企业64家,其中东部转移企业38家、规模以上工业企业24家。",
                 [("subset", "64家", ["38家"], "其中", True), ("subset", "64家", ["24家"], "其中", True)],
                 id="origin-and-size"),
    # one kind: a breakdown, checked as a sum (and a wrong one fails)
    pytest.param("全年新增转移就业5260人,其中省外就业3310人,省内就业1940人。",
                 [("sum", "5260人", ["3310人", "1940人"], "其中", False)], id="one-kind-planted"),
    pytest.param("参训学员860人,其中男性410人、女性450人。", [("sum", "860人", ["410人", "450人"], "其中", True)], id="gender"),
    pytest.param("纳入监测帮扶对象1260户,其中脱贫不稳定户720户、边缘易致贫户540户。",
                 [("sum", "1260户", ["720户", "540户"], "其中", True)], id="status"),
    # receiving a benefit cuts across who people are
    pytest.param("城乡居民医保参保人数41.2万人,其中享受资助参保政策6.3万人、农村低保对象2.9万人。",
                 [("subset", "41.2万人", ["6.3万人"], "其中", True), ("subset", "41.2万人", ["2.9万人"], "其中", True)],
                 id="benefit-and-need"),
    pytest.param("参加城乡居民养老保险31.5万人,其中领取养老金8.7万人、脱贫人口11.6万人。",
                 [("subset", "31.5万人", ["8.7万人"], "其中", True), ("subset", "31.5万人", ["11.6万人"], "其中", True)],
                 id="benefit-and-status"),
    # two benefits: one kind, a breakdown (and a wrong one fails)
    pytest.param("发放补助对象3200人,其中领取生活补贴2100人、领取护理补贴1110人。",
                 [("sum", "3200人", ["2100人", "1110人"], "其中", False)], id="benefits-planted"),
    # a kind on one part only says nothing about the others: still a sum
    pytest.param("全年新增转移就业5260人,其中跨省就业3310人、其他1940人。",
                 [("sum", "5260人", ["3310人", "1940人"], "其中", False)], id="one-part-of-a-kind"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_groups_of_different_kinds_are_subsets(text: str, expected: list[Checked]) -> None:
    assert checked_text(printed(text)) == expected


MILESTONES = [
    pytest.param("招引企业25家,其中新落地企业18家、已投产企业13家。",
                 [("subset", "25家", ["18家"], "其中", True), ("subset", "25家", ["13家"], "其中", True)],
                 id="landed-and-producing"),
    pytest.param("签约项目32个,其中已开工21个、已竣工9个。",
                 [("subset", "32个", ["21个"], "其中", True), ("subset", "32个", ["9个"], "其中", True)],
                 id="started-and-finished"),
    # states that exclude each other: a breakdown (and a wrong one fails)
    pytest.param("实施项目20个,其中已建成12个、在建8个。", [("sum", "20个", ["12个", "8个"], "其中", True)], id="built-and-building"),
    pytest.param("签约项目30个,其中已开工22个、未开工6个。", [("sum", "30个", ["22个", "6个"], "其中", False)],
                 id="started-and-not-planted"),
    # one milestone for all parts: a breakdown by something else
    pytest.param("投产企业15家,其中甲镇投产9家、乙镇投产6家。", [("sum", "15家", ["9家", "6家"], "其中", True)], id="one-milestone"),
]


@pytest.mark.parametrize(("text", "expected"), MILESTONES)
def test_parts_at_different_milestones_overlap(text: str, expected: list[Checked]) -> None:
    """A project or firm that has started production has also landed and broken ground: parts counted at
    different milestones (签约, 落地, 开工, 建成/竣工, 投产, 达产) overlap, each within the total; parts in states
    that exclude each other (已建成 and 在建, 已开工 and 未开工) are a breakdown."""
    assert checked_text(printed(text)) == expected
