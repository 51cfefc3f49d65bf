"""Check rules prompted by probes 13 and 14 (benchmarks/probes/), each tested on sentences of our own: more ways a
report announces a breakdown (由…组成, 涵盖, 分为…两类, 一是/二是/三是), where a 其中 list ends (a semicolon after two
parts; a part said to be done already makes the list no breakdown; a figure after a semicolon larger than the total
is another statement; a property said with 的 beside a kind cuts across it), totals after parts with more verbs (合计上线, 累计检查), people counted in 人 and 名 alike,
a 其中 opening a sentence is not of the remainder before it, and a remainder completes a total that is itself
broken down."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, printed

CASES = [
    # 由…组成 and 涵盖 detail the figure just before them
    pytest.param("全县农业总产值62.9亿元,由种植业产值38.1亿元、畜牧业产值19.6亿元和渔业产值4.8亿元组成。",
                 [(("sum", "62.9亿元", ["38.1亿元", "19.6亿元", "4.8亿元"], "由…组成", False), "high")], id="composed-planted"),
    pytest.param("全县共有公办幼儿园41所,涵盖乡镇中心园18所、村级园23所。",
                 [(("sum", "41所", ["18所", "23所"], "涵盖", True), "high")], id="covers"),
    pytest.param("改造项目由县住建局组织实施,完成投资3200万元。", [], id="by-whom-is-no-list"),
    # a total said to divide into so many kinds
    pytest.param("全年受理投诉举报1836件,分为投诉和举报两类,投诉1207件,举报629件。",
                 [(("sum", "1836件", ["1207件", "629件"], "分为投诉和举报两类", True), "high")], id="divided"),
    # points made one by one right after a total
    pytest.param("全年争取债券资金3.5亿元。一是交通项目1.4亿元;二是水利项目1.1亿元;三是教育项目0.8亿元。",
                 [(("sum", "3.5亿元", ["1.4亿元", "1.1亿元", "0.8亿元"], "一是、二是、三是", False), "high")],
                 id="points-planted"),
    pytest.param("安排资金900万元,重点做好三件事:一是产业奖补500万元;二是技能培训200万元。", [], id="points-of-some"),
    pytest.param("全年投入资金8000万元。一是强化产业帮扶,培训1200人次;二是投入2000万元建设车间。", [], id="points-of-other-measures"),
    # a semicolon ends a 其中 list once two parts stand before it; not a list nested in it, nor clause-long parts
    pytest.param("全县建成村级光伏电站64座,其中单村电站41座、联村电站23座;另有9座正在建设。",
                 [(("sum", "64座", ["41座", "23座"], "其中", True), "high")], id="semicolon-ends"),
    pytest.param("投入资金1200万元,其中产业资金700万元,包括茶叶400万元、食用菌300万元;就业资金500万元。",
                 [(("sum", "1200万元", ["700万元", "500万元"], "其中", True), "high"),
                  (("sum", "700万元", ["400万元", "300万元"], "包括", True), "high")], id="semicolon-after-nested"),
    pytest.param("实施项目26个,其中:产业项目14个;基础设施项目12个。",
                 [(("sum", "26个", ["14个", "12个"], "其中", True), "high")], id="clause-long-parts"),
    # a part said to be done already: how far the whole has come, within it
    pytest.param("排查安全隐患1260处,其中重大隐患35处、一般隐患1224处,已整改1198处。",
                 [(("sum", "1260处", ["35处", "1224处"], "其中", False), "high"),
                  (("subset", "1260处", ["1198处"], "其中", True), "high")], id="done-later-planted"),
    pytest.param("招引项目38个,其中10亿元以上项目6个,已开工29个。",
                 [(("subset", "38个", ["6个"], "其中", True), "high"), (("subset", "38个", ["29个"], "其中", True), "high")],
                 id="done-later-single"),
    # a property said with 的 beside a kind said with a noun: they cut across each other
    pytest.param("受理群众诉求2350件,其中热线诉求1420件,涉及拖欠工资的610件。",
                 [(("subset", "2350件", ["1420件"], "其中", True), "high"), (("subset", "2350件", ["610件"], "其中", True), "high")],
                 id="property-beside-kind"),
    pytest.param("安置群众860户,其中集中安置的590户,分散安置的271户。",
                 [(("sum", "860户", ["590户", "271户"], "其中", False), "high")], id="properties-alike-planted"),
    # parts in brackets after a total, each a kind of the total's own noun: a breakdown said as plainly as with a cue
    pytest.param("全县卫生室318个(公办卫生室205个、民办卫生室110个)。",
                 [(("sum", "318个", ["205个", "110个"], "(…)", False), "high")], id="kinds-in-brackets-planted"),
    pytest.param("新建产业项目86个(种植类47个、养殖类39个)。",
                 [(("sum", "86个", ["47个", "39个"], "(…)", True), "low")], id="kinds-not-named-as-the-whole"),
    # groups of different kinds in brackets are within the total
    pytest.param("培训农村劳动力1500人次(女性劳动力620人次、脱贫劳动力540人次)。",
                 [(("subset", "1500人次", ["620人次"], "(…)", True), "high"), (("subset", "1500人次", ["540人次"], "(…)", True), "high")],
                 id="groups-in-brackets"),
    # after a semicolon, a figure larger than the total is another statement
    pytest.param("组织外出务工2410人,其中脱贫劳动力1380人;实现就地就近就业5120人。",
                 [(("subset", "2410人", ["1380人"], "其中", True), "high")], id="another-statement"),
    # totals after their parts with more verbs
    pytest.param("本科录取3120人、专科录取1460人,合计录取4590人。",
                 [(("sum", "4590人", ["3120人", "1460人"], "合计录取", False), "high")], id="total-verb-planted"),
    # people in 名 and 人 are one measure
    pytest.param("选派专业技术人才86名,其中教师52人、医生34人。",
                 [(("sum", "86名", ["52人", "34人"], "其中", True), "high")], id="people-in-ming-and-ren"),
    # a sentence opening with 其中 after a remainder is of what came in, and the remainder completes it
    pytest.param("到位资金5200万元。已拨付4600万元,结余资金600万元。其中用于产业发展2800万元。",
                 [(("subset", "4600万元", ["2800万元"], "其中", True), "high"),
                  (("sum", "5200万元", ["4600万元", "600万元"], "结余资金", True), "high")], id="qizhong-after-remainder"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe13_14_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected
