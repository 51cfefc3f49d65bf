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
    # a kind on one part only says nothing about the others: still a sum
    pytest.param("全年新增转移就业5260人,其中跨省就业3310人、其他1940人。",
                 [("sum", "5260人", ["3310人", "1940人"], "其中", False)], id="one-part-of-a-kind"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_groups_of_different_kinds_are_subsets(text: str, expected: list[Checked]) -> None:
    assert checked_text(printed(text)) == expected
