"""Rules prompted by probe 15 (three 7-page county report PDFs written by a blind tester: 10 of 12 planted errors, 8
false error alerts at first), each tested on inputs of our own: what an amount is measured against (较协议目标…,
目标任务…的102.2%) and a limit (限额…以内) are no part or total; a budget's sum that starts a sentence back (加上级补助
收入…,收入总计…); a balance carried is no remainder of the spending before it; a 其中 in mid-sentence has no total
in an earlier sentence; a part of a 其中 list is no total of the numbered items after it; and a table column of
names that hold counts ('其他项目(13个)') is a column of row labels, so its 合计 row closes the table."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, printed, printed_lines, table_sums

from extract.figures import find_figures

CASES = [
    pytest.param("落实帮扶资金4,120万元,较协议目标3,800万元超额8.4%,其中产业项目2,900万元、就业项目1,220万元。",
                 [(("sum", "4,120万元", ["2,900万元", "1,220万元"], "其中", True), "high")], id="compared-to-target"),
    pytest.param("完成造林面积3.6万亩,完成市下达任务3万亩的120%,其中人工造林2.3万亩、封山育林1.6万亩。",
                 [(("sum", "3.6万亩", ["2.3万亩", "1.6万亩"], "其中", False), "high")], id="base-of-a-ratio-planted"),
    pytest.param("年末地方政府债务余额31.6亿元,其中一般债务12.4亿元、专项债务19.2亿元,控制在限额35亿元以内。",
                 [(("sum", "31.6亿元", ["12.4亿元", "19.2亿元"], "其中", True), "high")], id="limit"),
    pytest.param("政府性基金收入完成8,200万元。加上级补助收入1,300万元、上年结转450万元,收入总计9,960万元。",
                 [(("sum", "9,960万元", ["8,200万元", "1,300万元", "450万元"], "总计", False), "high")], id="jia-planted"),
    pytest.param("基金支出完成4,600万元,当年结余380万元,年末滚存结余2,950万元。", [], id="balance-carried"),
    pytest.param("引进企业12家,吸纳就业860人,其中脱贫人口210人。新建车间9个,其中扶贫车间6个,带动就业530人。",
                 [(("subset", "860人", ["210人"], "其中", True), "high"), (("subset", "9个", ["6个"], "其中", True), "high")],
                 id="mid-sentence-qizhong"),
    pytest.param("统筹衔接资金5000万元,其中中央资金3000万元、县级资金2000万元。资金安排如下:\n1.产业项目3200万元;\n"
                 "2.就业项目1000万元;\n3.其他800万元。",
                 [(("sum", "5000万元", ["3200万元", "1000万元", "800万元"], "如下 1.2.3.", True), "high"),
                  (("sum", "5000万元", ["3000万元", "2000万元"], "其中", True), "high")], id="listed-part-is-no-total"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe15_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


def test_labels_of_a_budget_sum_and_of_items_sharing_a_noun() -> None:
    found = [(f.raw, f.label) for f in find_figures(printed(
        "加上级补助收入6,850万元。务工就业2.8万人,其中县内、市内县外、市外务工人数分别为0.9万人、0.7万人、1.2万人。"), 2024)]
    assert found == [("6,850万元", "上级补助收入"), ("2.8万人", "务工就业"), ("0.9万人", "县内务工人数"),
                     ("0.7万人", "市内县外务工人数"), ("1.2万人", "市外务工人数")]


def test_names_holding_counts_are_row_labels_and_the_total_row_closes_the_table() -> None:
    rows = [["序号", "项目名称", "地点", "资金(万元)"], ["1", "茶叶加工项目", "城关镇", "300"],
            ["2", "其他产业项目(6个)", "各乡镇", "200"], ["", "合计", "", "500"]]
    assert table_sums(rows) == [("500", ["300", "200"])]


LABELS = [
    # a change follows the amount, not a ratio of it to a base or what it is compared with
    ("全县税收收入完成5,230万元,为预算的101.2%,同比增长4.6%。",
     [("5,230万元", "税收收入完成"), ("101.2%", "预算"), ("4.6%", "税收收入完成同比增长")]),
    ("帮扶资金3,200万元,较目标3,000万元超额6.7%,较上年增长2.1%。",
     [("3,200万元", "帮扶资金"), ("3,000万元", "较目标"), ("6.7%", "超额"), ("2.1%", "帮扶资金较上年增长")]),
    # the items of a list ended by 等 are cut from the noun after them; 平等 is a word
    ("全县苹果、梨、桃等水果种植面积8.6万亩,平等就业人数12人。", [("8.6万亩", "水果种植面积"), ("12人", "平等就业人数")]),
    # a preposition alone before a count: the noun after it
    ("对126户边缘易致贫户逐户落实帮扶措施。", [("126户", "边缘易致贫户")]),
    # a name a verb cuts is kept whole; a quoted name with digits
    ("发放学生资助资金860万元,通过“e帮扶”平台销售320万元。", [("860万元", "学生资助资金"), ("320万元", "e帮扶平台销售")]),
]


@pytest.mark.parametrize(("text", "expected"), LABELS, ids=[t for t, _ in LABELS])
def test_probe15_labels(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.label) for f in find_figures(printed(text), 2024) if f.kind != "date"] == expected


def test_a_table_of_two_units_gives_each_column_the_one_its_header_calls_for() -> None:
    """'单位:人次、万元' above a table: 费用 and 支付 columns are money, 人次 the others (probe 17 stored money as 人次)."""
    from factories import make_table

    from extract.tables import read_layout

    table = make_table([["医疗机构", "住院人次", "医疗总费用", "统筹支付"], ["县内", "3200", "1860", "1120"]])
    assert read_layout(table, "人次、万元").column_units[1:] == ("人次", "万元", "万元")


def test_money_per_pupil_and_year_is_a_rate() -> None:
    """'720元/生·年' is a rate of its own (kind other), never money to add up (probe 17 stored it as 720元)."""
    found = [(f.raw, f.unit, f.kind) for f in find_figures(printed("生均公用经费720元/生·年,寄宿生补助1000元/生。"), 2024)]
    assert found == [("720元/生·年", "元/生·年", "other"), ("1000元/生", "元/生", "other")]
