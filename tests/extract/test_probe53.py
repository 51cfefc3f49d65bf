"""Rules from probe 53 (60 excerpts written blind on 自然资源, 人社, 卫生健康, 金融, 粮食储备, 体育, 统计 and 工青妇, 12
planted errors), tested on sentences of our own: a stock at 12月底 closes the year, and two names that end alike in
four characters name one stock; 解保 takes a guarantee off its balance; 按…所在地分 classifies; a list announced with
如下 may follow in its own sentence; a 分别 list never reaches back past the point (一是, 二是) it is in; a 其中 part
far larger than its total is a warning; a list wrapped after a semicolon goes on; a figure after 上述 repeats one."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

C = "年初 + 增加 − 减少 = 年末"
R = "同一数字两处出现: "
CASES = [
    pytest.param("年初林地定额指标结余320亩,年内新增下达指标150亩,使用指标210亩,截至12月底,库存定额指标结余260亩。",
                 [(("balance", "260亩", ["320亩", "150亩", "−210亩"], C, True), "high")], id="december-closes"),
    pytest.param("年初林地定额指标结余320亩,年内新增下达指标150亩,使用指标210亩,截至12月底,库存定额指标结余250亩。",
                 [(("balance", "250亩", ["320亩", "150亩", "−210亩"], C, False), "high")], id="december-closes-planted"),
    pytest.param("年初贷款担保余额3.62亿元,全年新增担保2.15亿元,解保1.48亿元,年末担保余额4.29亿元。",
                 [(("balance", "4.29亿元", ["3.62亿元", "2.15亿元", "−1.48亿元"], C, True), "high")], id="guarantee-released"),
    pytest.param("全年社会消费品零售总额86.40亿元。按企业注册所在地分,城区零售额61.25亿元,乡镇零售额25.51亿元。",
                 [(("sum", "86.40亿元", ["61.25亿元", "25.51亿元"], "按企业注册所在地分", False), "high")], id="where-registered-planted"),
    pytest.param("全县储备食用油1,500吨已全部入库,品种如下:菜籽油900吨,大豆油450吨,花生油150吨;轮换计划全部完成。",
                 [(("sum", "1,500吨", ["900吨", "450吨", "150吨"], "如下:", True), "high")], id="as-follows-inline"),
    pytest.param("一是开展儿童健康管理,全年管理0—6岁儿童12,450人;二是孕产妇健康管理,早孕建册和产后访视人数分别为3,210人、3,105人。",
                 [], id="fenbie-stays-in-its-point"),
    pytest.param("截至年末,全县医保电子凭证激活人数38.62万人,比年初(36.47万人)净增2.15万人,其中通过医院激活16.80万人。",
                 [(("subset", "2.15万人", ["16.80万人"], "其中", False), "low")], id="part-far-over-its-total-is-a-warning"),
    pytest.param("全县耕地保有量85.62万亩,其中水田31.20万亩;\n旱地54.24万亩,坡耕地全部纳入监测。",
                 [(("sum", "85.62万亩", ["31.20万亩", "54.24万亩"], "其中", False), "high")], id="wrapped-after-semicolon-planted"),
    pytest.param("全年举办老年人健身展演活动234场次,参与群众3.6万人次。上述243场次活动中,社区承办占七成。",
                 [(("repeat", "234场次", ["243场次"], R + "老年人健身展演活动", False), "high")], id="aforementioned-planted"),
    pytest.param("全年举办老年人健身展演活动234场次,青少年体育赛事243场次。", [], id="two-counts-alike-no-repeat"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe53_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,万元亿亩吨人次、,;:。如下上述其中分别年初年末12月底", repeat=4))
def test_probe53_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
