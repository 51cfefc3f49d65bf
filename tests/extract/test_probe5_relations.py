"""False error alerts found by the fifth probe (70 sentences written before tally ran on them), each fixed by a
rule tested here on sentences of our own, with the partitions that must still be summed beside them."""

from __future__ import annotations

import pytest
from factories import Checked, checked_text, printed

CASES = [
    # shares are percentages listed together after a share word; growth rates listed before a share are none
    pytest.param("全县税收收入和非税收入分别增长9.3%和11.2%,税收占比72.6%。", [], id="rates-then-a-share"),
    pytest.param("全县一般公共预算收入和税收收入分别完成6.82亿元和4.95亿元,分别增长9.3%和11.2%,税收占比72.6%。", [],
                 id="amounts-rates-then-a-share"),
    pytest.param("全县税收收入和非税收入占比分别为72.6%和27.5%。", [("share", None, ["72.6%", "27.5%"], "分别为", False)],
                 id="shares-planted"),
    pytest.param("产业发展、基础设施分别占62.5%和37.5%。", [("share", None, ["62.5%", "37.5%"], "分别占", True)], id="shares"),
    # shares of one whole held by groups of different kinds (who they are, what they need) overlap
    pytest.param("全县脱贫人口中,老年人和残疾人分别占16.8%和3.9%。", [], id="groups-of-kinds"),
    pytest.param("全县脱贫人口中,男性和女性分别占51.2%和48.6%。", [("share", None, ["51.2%", "48.6%"], "分别占", False)],
                 id="one-kind-planted"),
    # places at different levels outward (县外 holds 省外) or inward overlap; one level is a breakdown
    pytest.param("全县转移就业2.1万人,其中县外就业1.3万人,省外就业0.6万人。",
                 [("subset", "2.1万人", ["1.3万人"], "其中", True), ("subset", "2.1万人", ["0.6万人"], "其中", True)],
                 id="nested-places"),
    pytest.param("全县转移就业2.1万人,其中县内就业0.7万人,县外就业1.2万人。", [("sum", "2.1万人", ["0.7万人", "1.2万人"], "其中", False)],
                 id="one-level-planted"),
    pytest.param("全县转移就业2.1万人,其中省外1.3万人、省内县外0.5万人、县内0.3万人。",
                 [("sum", "2.1万人", ["1.3万人", "0.5万人", "0.3万人"], "其中", True)], id="levels-partition"),
    # credentials and schooling; a threshold and a milestone: different kinds
    pytest.param("乡村医生412名,其中具有执业医师资格的136名、大专以上学历的205名。",
                 [("subset", "412名", ["136名"], "其中", True), ("subset", "412名", ["205名"], "其中", True)],
                 id="credential-and-schooling"),
    pytest.param("签约项目48个,其中亿元以上项目15个,已开工32个。",
                 [("subset", "48个", ["15个"], "其中", True), ("subset", "48个", ["32个"], "其中", True)],
                 id="threshold-and-milestone"),
    pytest.param("实施项目20个,其中1000万元以上项目12个、1000万元以下项目9个。",
                 [("sum", "20个", ["12个", "9个"], "其中", False)], id="threshold-partition-planted"),
    # 其中 and the names of the parts, then 分别 + a verb: the parts of the total before
    pytest.param("全年合作银行共发放小额信贷1.28亿元,其中县农商行、邮储银行、农业银行分别发放6200万元、3800万元和2600万元。",
                 [("sum", "1.28亿元", ["6200万元", "3800万元", "2600万元"], "分别发放", False)], id="qizhong-fenbie-verb-planted"),
    pytest.param("两镇共新建车间14个,其中东镇和西镇分别新建6个、8个。",
                 [("sum", "14个", ["6个", "8个"], "分别新建", True)], id="qizhong-fenbie-verb"),
    # a figure between 其中 and 分别: the parts there are another list's
    pytest.param("全县投入资金900万元,其中产业资金600万元,甲镇和乙镇分别投入200万元、300万元。",
                 [("subset", "900万元", ["600万元"], "其中", True)], id="figure-between"),
    # levels above a threshold that name only some of the levels: each within the total
    pytest.param("市级以上龙头企业28家,其中国家级3家、省级11家。",
                 [("subset", "28家", ["3家"], "其中", True), ("subset", "28家", ["11家"], "其中", True)], id="levels-above"),
    pytest.param("市级以上龙头企业28家,其中国家级3家、省级11家、市级15家。",
                 [("sum", "28家", ["3家", "11家", "15家"], "其中", False)], id="all-levels-planted"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe5_relations(text: str, expected: list[Checked]) -> None:
    assert checked_text(printed(text)) == expected


AFTER = [
    # a total after the parts, named by what it totals with 总 inside its words
    pytest.param("小麦、玉米、大豆播种面积分别为12.6万亩、18.3万亩和2.1万亩,粮食总播种面积33万亩。",
                 [("sum", "33万亩", ["12.6万亩", "18.3万亩", "2.1万亩"], "粮食总播种面积", True)], id="grain-area"),
    pytest.param("甲镇、乙镇光伏电站装机分别为1.2万千瓦和0.8万千瓦,全县总装机2.3万千瓦。",
                 [("sum", "2.3万千瓦", ["1.2万千瓦", "0.8万千瓦"], "全县总装机", False)], id="capacity-planted"),
    # each item's own 总投资 is no total of the others
    pytest.param("工业项目12个,总投资28.6亿元;文旅项目5个,总投资9.8亿元。", [], id="own-totals"),
]


@pytest.mark.parametrize(("text", "expected"), AFTER)
def test_totals_named_with_zong_after_their_parts(text: str, expected: list[Checked]) -> None:
    assert checked_text(printed(text)) == expected
