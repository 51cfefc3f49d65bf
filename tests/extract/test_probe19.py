"""Rules prompted by probe 19 (60 excerpts of city 政府工作报告, 统计公报, 部门决算 and audit reports by a blind author;
first measurement 7 of 10 planted errors, 1 false error alert), tested on sentences of our own: a 其中 inside brackets
details a part and ends no list; a clause that turns to another statement (全年…, 另有…) ends a list; a split into a
name and its negation (税收收入, 非税收入) is whole, also over two sentences; a sub-group named with 在…中 finds its
figure once 项目到位资金 is kept whole; points counted before them (三个方面) are all of the total; other currencies
are amounts of their own."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, printed, printed_lines

from extract.figures import find_figures

CASES = [
    pytest.param("会议费支出合计96.5万元。其中,培训费21.3万元;差旅费52.2万元(其中,市外差旅费30.1万元,市内差旅费22.1万元);"
                 "办公费25万元。",
                 [(("sum", "96.5万元", ["21.3万元", "52.2万元", "25万元"], "其中", False), "high"),
                  (("sum", "52.2万元", ["30.1万元", "22.1万元"], "其中", True), "high")], id="bracketed-qizhong-planted"),
    pytest.param("全县共有省级以上文物保护单位28处,包括国家级4处、省级24处,全年新公布县级文物保护单位6处。",
                 [(("sum", "28处", ["4处", "24处"], "包括", True), "high")], id="turn-to-another-statement"),
    pytest.param("全年地方财政收入48.6亿元。其中,税收收入36.2亿元,增长3.1%。非税收入12.6亿元,下降2.4%。",
                 [(("sum", "48.6亿元", ["36.2亿元", "12.6亿元"], "其中", False), "high")], id="complement-next-sentence-planted"),
    pytest.param("全年一般公共预算收入30.5亿元,其中税收收入21.4亿元、非税收入9.1亿元。",
                 [(("sum", "30.5亿元", ["21.4亿元", "9.1亿元"], "其中", True), "high")], id="complement-is-whole"),
    pytest.param("全年引进项目资金84.2亿元,其中工业项目到位资金51.6亿元、农业项目到位资金32.6亿元;在工业项目中,"
                 "新材料项目到位资金30.1亿元,装备制造项目到位资金21.3亿元。",
                 [(("sum", "84.2亿元", ["51.6亿元", "32.6亿元"], "其中", True), "high"),
                  (("sum", "51.6亿元", ["30.1亿元", "21.3亿元"], "在工业项目中", False), "high")], id="zai-zhong-planted"),
    pytest.param("全年统筹资金5.2亿元,重点用于三个方面:一是交通建设2.1亿元;二是水利设施1.6亿元;三是教育设施1.3亿元。",
                 [(("sum", "5.2亿元", ["2.1亿元", "1.6亿元", "1.3亿元"], "一是、二是、三是", False), "high")],
                 id="points-counted-planted"),
    pytest.param("外贸进出口总额6.2亿美元,其中出口3.8亿美元、进口2.4亿美元。",
                 [(("sum", "6.2亿美元", ["3.8亿美元", "2.4亿美元"], "其中", True), "high")], id="dollars"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe19_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected


def test_other_currencies_are_never_money_in_yuan() -> None:
    found = [(f.raw, f.kind, f.base_unit) for f in find_figures(printed("利用外资4860万美元,配套资金3000万元。"), 2024)]
    assert found == [("4860万美元", "other", "美元"), ("3000万元", "money", "元")]


def test_numbered_items_go_on_into_the_next_paragraph() -> None:
    text = printed_lines("资金1.6亿元,具体如下:1、产业0.7亿元;2、就业0.3亿元;\n3、其他0.3亿元。")
    assert checked_with_confidence(text) == [(("sum", "1.6亿元", ["0.7亿元", "0.3亿元", "0.3亿元"], "如下 1、2、3、", False), "high")]


def test_a_list_ends_where_the_whole_county_is_named_again() -> None:
    assert checked_with_confidence(printed("新增市场主体980户,其中企业210户,个体工商户770户,全县市场主体总量达到2.1万户。")) == [
        (("sum", "980户", ["210户", "770户"], "其中", True), "high")]


def test_points_after_a_total_whose_own_name_says_key() -> None:
    """'实施重点项目1284个,一是…' names the total 重点项目: the points still break it down (probe 25's F01); '重点做好三件事'
    said between the total and the points still names only some of it."""
    assert checked_with_confidence(printed("累计实施重点项目860个,一是产业类项目410个,二是基础设施类项目270个,三是民生类项目190个。")) == [
        (("sum", "860个", ["410个", "270个", "190个"], "一是、二是、三是", False), "high")]
    assert checked_with_confidence(printed("安排资金900万元,重点做好三件事:一是产业奖补500万元;二是技能培训200万元。")) == []


def test_one_part_a_year_of_a_range_after_a_total() -> None:
    """'累计建成5G基站9856个,2021年至2024年分别建成…' (four years, four parts) breaks the total down (probe 25's F12); a range
    of three years over four parts does not."""
    text = "累计建成充电桩6120个,2021年至2024年分别建成980个、1420个、1650个、2080个。"
    assert checked_with_confidence(printed(text)) == [
        (("sum", "6120个", ["980个", "1420个", "1650个", "2080个"], "分别建成", False), "high")]
    assert checked_with_confidence(printed(text.replace("2021年", "2022年"))) == []
