"""Forms the second held-out set found missed or misread, tested on sentences of our own: scores in 分, pairs in 对,
ages, slogans and item counts that name no quantity, 年度 dates; lists after 分别+verb, …中有, a list by source after
another list of the same total, and a 其中 list that a 尚未/未 clause ends."""

from __future__ import annotations

from decimal import Decimal

import pytest
from factories import Checked, checked_text, dates_in, printed, quantities_in

D = Decimal

FIGURES = [
    ("考核满分100分,我县自评得分92.5分,扣7.5分。",
     [("100分", D("100"), "分"), ("92.5分", D("92.5"), "分"), ("7.5分", D("7.5"), "分")]),
    ("用时15分钟完成签到", [("15分钟", D("15"), "分钟")]),
    ("这项工作十分重要", []),
    ("三分之一的农户参加了合作社", []),
    ("会议于上午9时30分召开", []),
    ("划分为3个片区", [("3个", D("3"), "个")]),
    ("两地结对68对,其中乡镇结对12对、村结对56对。", [("68对", D("68"), "对"), ("12对", D("12"), "对"), ("56对", D("56"), "对")]),
    ("开展一对一帮扶", []),
    ("实行1对1结对帮扶", []),
    ("有60岁以上老年人1126人", [("60岁", D("60"), "岁"), ("1126人", D("1126"), "人")]),
    ("16至59岁劳动力8200人", [("16至59岁", D("16"), "岁"), ("8200人", D("8200"), "人")]),
    ("落实四个不摘要求,巩固两不愁三保障成果", []),
    ("以上五项合计3860万元", [("3860万元", D("3860"), "万元")]),
    ("全县有4个不达标村", [("4个", D("4"), "个")]),
    ("全年开展集中排查三轮", [("三轮", D("3"), "轮")]),
    ("完成新一轮集中排查", []),
    ("购置三轮车5辆", [("5辆", D("5"), "辆")]),
    ("开展第二轮走访", []),
    ("干部2轮换岗", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_figures(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert [(f.raw, f.value, f.unit) for f in quantities_in(text)] == expected


def test_a_year_of_account_is_a_date_as_printed() -> None:
    assert [(d.raw, d.date_iso) for d in dates_in("2022年度东西部协作考核自评报告")] == [("2022年度", "2022")]
    assert [(d.raw, d.date_iso) for d in dates_in("2021—2023年度衔接资金")] == [("2021—2023年度", "2021/2023")]


RELATIONS = [
    pytest.param("考核总分100分,其中组织领导15分、资金投入35分、产业合作30分、劳务协作20分。",
                 [("sum", "100分", ["15分", "35分", "30分", "20分"], "其中", True)], id="scores"),
    pytest.param("全县转移就业劳动力8650人,转移就业劳动力中有脱贫劳动力3120人。",
                 [("subset", "8650人", ["3120人"], "转移就业劳动力中有", True)], id="zhong-you"),
    pytest.param("全年实现农村劳动力转移就业5480人,转移就业人员中有脱贫人口2160人。",
                 [("subset", "5480人", ["2160人"], "转移就业人员中有", True)], id="zhong-you-label-end-and-head"),
    # (was a case of no breakdown in test_sub_breakdowns: …中有 names the group the part is of, so a subset)
    pytest.param("建档立卡贫困人口1.1万人,贫困人口中有劳动力的6000人。",
                 [("subset", "1.1万人", ["6000人"], "贫困人口中有", True)], id="zhong-you-no-comma"),
    pytest.param("全年投入帮扶资金4.5亿元,三年分别投入1.2亿元、1.5亿元、1.8亿元。",
                 [("sum", "4.5亿元", ["1.2亿元", "1.5亿元", "1.8亿元"], "分别投入", True)], id="fenbie-verb"),
    pytest.param("全年投入帮扶资金4.5亿元,三年分别投入1.2亿元、1.5亿元、2.1亿元。",
                 [("sum", "4.5亿元", ["1.2亿元", "1.5亿元", "2.1亿元"], "分别投入", False)], id="fenbie-verb-planted"),
    # 分别 distributes over named groups that are no breakdown of the figure before them
    pytest.param("甲镇投入200万元,乙、丙两镇分别投入120万元、80万元。", [], id="fenbie-other-groups"),
    pytest.param("补助资金5.6亿元,三年分别投入1.6亿元、1.9亿元、2.1亿元。按资金来源分:中央资金3.2亿元,省级资金1.5亿元,县级资金9000万元。",
                 [("sum", "5.6亿元", ["1.6亿元", "1.9亿元", "2.1亿元"], "分别投入", True),
                  ("sum", "5.6亿元", ["3.2亿元", "1.5亿元", "9000万元"], "按资金来源分", True)], id="two-breakdowns"),
    pytest.param("全县累计消除风险1050户,其中当年消除风险320户;尚未消除风险410户。",
                 [("subset", "1050户", ["320户"], "其中", True)], id="not-yet-ends-the-list"),
    pytest.param("累计纳入监测对象1250户,其中已消除风险830户,未消除风险420户。",
                 [("sum", "1250户", ["830户", "420户"], "其中", True)], id="eliminated-and-not"),
]


@pytest.mark.parametrize(("text", "expected"), RELATIONS)
def test_relations(text: str, expected: list[Checked]) -> None:
    assert checked_text(printed(text)) == expected
