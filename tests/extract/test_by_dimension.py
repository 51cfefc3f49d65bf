"""A sentence that opens by naming a dimension ('按产业分,', '从举办主体看,', '分季度看:') lists the parts of the
figure before it, also when 分别为 says the list ('按产业分,签约项目分别为…': probe 41's N07, which no rule read), and
a second classification breaks down the same total as the first (PDF probe 50), all of it; on sentences of our own."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed, relations_refer_to_figures
from hypothesis import given, settings

CASES = [
    pytest.param("全年新增市场主体3860户。按类型分,新增市场主体分别为企业1120户、个体工商户2650户、农民专业合作社90户。",
                 [(("sum", "3860户", ["1120户", "2650户", "90户"], "按类型分", True), "high")], id="fenbie-says-the-list"),
    pytest.param("全年新增市场主体3860户。按类型分,新增市场主体分别为企业1120户、个体工商户2560户、农民专业合作社90户。",
                 [(("sum", "3860户", ["1120户", "2560户", "90户"], "按类型分", False), "high")], id="fenbie-says-the-list-planted"),
    pytest.param("全县共有医疗卫生机构412个,卫生技术人员3265人。从举办主体看,公立机构和民营机构分别有286个、126个。",
                 [(("sum", "412个", ["286个", "126个"], "从举办主体看", True), "high")], id="named-then-fenbie"),
    pytest.param("全年完成固定资产投资56.4亿元。分季度看:一季度完成12.3亿元,二季度15.6亿元,三季度13.9亿元,四季度14.6亿元。",
                 [(("sum", "56.4亿元", ["12.3亿元", "15.6亿元", "13.9亿元", "14.6亿元"], "分季度看", True), "high")], id="by-quarter"),
    pytest.param("全年完成固定资产投资56.4亿元。分季度看:一季度完成12.3亿元,二季度15.6亿元,三季度13.9亿元,四季度15.6亿元。",
                 [(("sum", "56.4亿元", ["12.3亿元", "15.6亿元", "13.9亿元", "15.6亿元"], "分季度看", False), "high")],
                 id="by-quarter-planted"),
    # the same total broken down a second way, in the next sentence (PDF probe 50's 零售总额), all of it
    pytest.param("全年社会消费品零售总额96.42亿元,增长5.1%。按经营地分,城镇、乡村消费品零售额分别为70.15亿元和26.27亿元。"
                 "按消费类型分,商品零售额、餐饮收入额分别为85.36亿元和11.26亿元。",
                 [(("sum", "96.42亿元", ["70.15亿元", "26.27亿元"], "按经营地分", True), "high"),
                  (("sum", "96.42亿元", ["85.36亿元", "11.26亿元"], "按消费类型分", False), "high")], id="second-classification-planted"),
    # rates by a dimension are no parts
    pytest.param("全年地区生产总值增长6.2%。分季度看,一季度增长5.8%,二季度增长6.4%。", [], id="rates"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_by_dimension(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.万亿元户个、,;:。按从分看类型季度分别为", repeat=4))
def test_by_dimension_never_raises_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
