"""What a seventh probe (60 snippets of county 东西部协作 reports, expectations written before running) found, each
fixed by a rule tested here on text of our own beside what must not change. Paragraphs are kept (the PDF path
keeps line breaks; tests' printed() would join them)."""

from __future__ import annotations

import pytest
from factories import Checked, checked_with_confidence

relations_in = checked_with_confidence  # the text as given: line breaks kept


CASES = [
    # numbered items after 如下, each with one figure of the total's unit: its parts, whatever they are called
    pytest.param("消费帮扶金额累计1.15亿元,具体如下:\n1、东部单位采购农特产品5230万元;\n2、通过展销会销售3860万元;\n3、通过电商平台销售2170万元。",
                 [(("sum", "1.15亿元", ["5230万元", "3860万元", "2170万元"], "如下 1、2、3、", False), "high")],
                 id="items-one-figure-each-planted"),
    pytest.param("互派干部人才共计202人,具体如下:\n(一)选派党政干部挂职12人;\n(二)选派专业技术人才学习86人;\n(三)东部选派人才来县104人。",
                 [(("sum", "202人", ["12人", "86人", "104人"], "如下 (一)(二)(三)", True), "high")], id="bracketed-items"),
    # an item with two figures of the unit still needs the total's words to tell which
    pytest.param("全年投入协作资金1000万元,具体如下:\n1、产业项目协作资金600万元,完成投资900万元。\n2、就业项目协作资金400万元。",
                 [(("sum", "1000万元", ["600万元", "400万元"], "如下 1、2、", True), "high")], id="two-figures-in-an-item"),
    # what is left after what was spent, with no 其中: the total is spent + left
    pytest.param("到位帮扶资金6200万元,已拨付4850万元,下余资金1350万元将于10月底前拨付完毕。",
                 [(("sum", "6200万元", ["4850万元", "1350万元"], "下余资金", True), "high")], id="remainder"),
    pytest.param("帮扶资金到位3150万元,目前已支出2680万元,结余资金490万元。",
                 [(("sum", "3150万元", ["2680万元", "490万元"], "结余资金", False), "high")], id="remainder-planted"),
    pytest.param("帮扶资金6200万元,其中已拨付4850万元,下余资金1350万元。",
                 [(("sum", "6200万元", ["4850万元", "1350万元"], "其中", True), "high")], id="remainder-with-qizhong"),
    # points taken off, then their total
    pytest.param("“人才交流”项扣2分,“劳务协作”项扣1.5分,合计扣3.5分。",
                 [(("sum", "3.5分", ["2分", "1.5分"], "合计扣", True), "high")], id="points-off"),
    # people of two statuses within a total of everyone employed: groups within it, not a breakdown of it
    pytest.param("全县吸纳就业1860人,其中吸纳脱贫人口就业1020人、吸纳监测对象就业136人。",
                 [(("subset", "1860人", ["1020人"], "其中", True), "high"), (("subset", "1860人", ["136人"], "其中", True), "high")],
                 id="statuses-within-everyone"),
    pytest.param("纳入监测帮扶对象1260户,其中脱贫不稳定户720户、边缘易致贫户530户。",
                 [(("sum", "1260户", ["720户", "530户"], "其中", False), "high")], id="statuses-of-a-status-planted"),
    pytest.param("全县共有建档立卡贫困户12345户,其中已脱贫10000户、未脱贫2346户。",
                 [(("sum", "12345户", ["10000户", "2346户"], "其中", False), "high")], id="yes-and-no-of-one-status-planted"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe7_relations(text: str, expected: list[tuple[Checked, str]]) -> None:
    assert relations_in(text) == expected


SOME_OR_NOT = [
    # items said to be only some of the total: each within it
    pytest.param("全县建成帮扶车间48个,吸纳就业2360人。部分车间运行情况如下:\n1、甲车间吸纳就业145人;\n2、乙车间吸纳就业98人;\n3、丙车间吸纳就业76人。",
                 [(("subset", "2360人", ["145人"], "如下 1、2、3、", True), "high"),
                  (("subset", "2360人", ["98人"], "如下 1、2、3、", True), "high"),
                  (("subset", "2360人", ["76人"], "如下 1、2、3、", True), "high")], id="some-items"),
    pytest.param("全县落实小额信贷资金3.26亿元,各乡镇发放情况如下:\n1、城关镇发放4860万元;\n2、河口镇发放3920万元。\n其余乡镇详见附表。",
                 [(("subset", "3.26亿元", ["4860万元"], "如下 1、2、", True), "high"),
                  (("subset", "3.26亿元", ["3920万元"], "如下 1、2、", True), "high")], id="others-after"),
    # what was done, item by item, after the sentence of the total: no breakdown said
    pytest.param("共选派干部和人才136名。具体工作情况如下:\n(一)医疗帮扶。派驻医生32名。\n(二)教育帮扶。派驻教师45名。", [],
                 id="work-done"),
    # a classification, or a bare 具体如下: a breakdown; one per measure of the totals before
    pytest.param("全县共有监测对象1426户5130人。分类情况如下:\n1、脱贫不稳定户612户2240人;\n2、边缘易致贫户538户1870人;\n3、突发严重困难户276户1120人。",
                 [(("sum", "5130人", ["2240人", "1870人", "1120人"], "如下 1、2、3、", False), "high"),
                  (("sum", "1426户", ["612户", "538户", "276户"], "如下 1、2、3、", True), "high")], id="two-measures-planted"),
    pytest.param("全年新增转移就业4268人。具体如下:\n1、到苏州市就业1326人;\n2、到省内其他城市就业1874人;\n3、县内就近就业1068人。",
                 [(("sum", "4268人", ["1326人", "1874人", "1068人"], "如下 1、2、3、", True), "high")], id="bare-juti"),
    # parallel items' figures with one label are no figure printed twice
    pytest.param("争取帮扶资金1.86亿元。部分项目成效如下:\n1、农田项目完成投资2400万元;\n2、饮水工程完成投资860万元,惠及3.4万人;\n3、搬迁项目完成投资1350万元。", [],
                 id="parallel-items-no-repeat"),
    # a remainder after more than one figure of its measure: which two it completes is not said
    pytest.param("计划实施项目96个,已开工96个,已完工81个,剩余15个项目正在建设。", [], id="remainder-of-what"),
]


@pytest.mark.parametrize(("text", "expected"), SOME_OR_NOT)
def test_numbered_items_and_remainders(text: str, expected: list[tuple[Checked, str]]) -> None:
    assert relations_in(text) == expected
