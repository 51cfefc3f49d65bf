"""分别 + a verb ('分别增长', '分别占', '分别签约', '分别新建车间') hands each listed figure its own item, as 分别为
does: the items of the subject before it, or the figures listed just before it ('直接采购…,帮助销售…,分别较上年增长…'),
or the years of a range ('2021—2023年,…三年分别投入…'). Before, every figure of such a list had one label with
'分别' inside it ('农村居民人均可支配收入分别增长' for the towns' rate too). And '签约2860人' is not 'about 2860'."""

from __future__ import annotations

import pytest

from extract.figures import find_figures

CASES = [
    # items before 分别, the verb after it
    ("甲村和乙村分别新建车间3个、5个。", ["甲村新建车间", "乙村新建车间"]),
    ("上半年和下半年分别培训劳动力1200人次和980人次。", ["上半年培训劳动力", "下半年培训劳动力"]),
    ("男性、女性分别占56.3%和43.7%。", ["男性占比", "女性占比"]),
    ("产业发展、基础设施、公共服务分别占 62.5%、24.3%、13.4%。", ["产业发展占比", "基础设施占比", "公共服务占比"]),
    ("茶叶、魔芋的销售额分别增长12%、8%。", ["茶叶销售额增长", "魔芋销售额增长"]),
    # a shared noun printed once, after the last item ('城镇和农村居民…' is 城镇居民… and 农村居民…)
    ("城镇和农村居民人均可支配收入分别增长7.2%和9.6%。", ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"]),
    ("第一产业、第二产业增加值分别增长3.1%、6.8%。", ["第一产业增加值增长", "第二产业增加值增长"]),
    ("高血压、糖尿病、肺结核患者分别签约2860人、1125人、98人。", ["高血压患者签约", "糖尿病患者签约", "肺结核患者签约"]),
    # ... but not a longer last item whose end is no such noun
    ("种植业、养殖业和农产品加工业分别增长5%、3%和8%。", ["种植业增长", "养殖业增长", "农产品加工业增长"]),
    # the figures listed just before name the items
    ("其中种植业产值3.2亿元,养殖业产值1.8亿元,分别增长6.5%和4.2%。", ["种植业产值", "养殖业产值", "种植业产值增长", "养殖业产值增长"]),
    ("全县新建住房120户、改造危房86户,分别完成年度计划的100%和107.5%。",
     ["住房", "危房", "住房完成年度计划", "危房完成年度计划"]),
    # a count of years after a range of as many years: each year; the noun of the total before
    ("2021—2023年,全县累计投入衔接资金6.42亿元,三年分别投入1.96亿元、2.13亿元、2.33亿元。",
     ["衔接资金", "2021年衔接资金投入", "2022年衔接资金投入", "2023年衔接资金投入"]),
    ("2020年至2022年,三年分别完成造林1.2万亩、1.5万亩、1.8万亩。", ["2020年完成造林", "2021年完成造林", "2022年完成造林"]),
    # as many items as figures or no items: one label for all, without 分别
    ("甲村、乙村、丙村分别建成车间2个、3个。", ["建成车间", "建成车间"]),
    ("两年分别投入1.2亿元、1.5亿元。", ["投入", "投入"]),
    # 分别为 as before
    ("茶叶、魔芋的销售额占比分别为60%、40%。", ["茶叶销售额占比", "魔芋销售额占比"]),
    ("全年交流22批,其中来访和出访分别为19批、3批。", ["交流", "来访交流", "出访交流"]),
    # 分别 with no figure list right after it labels nothing of its own
    ("两个项目分别于去年开工,共投资860万元。", ["项目", "投资"]),
]


@pytest.mark.parametrize(("text", "labels"), CASES, ids=[t for t, _ in CASES])
def test_respective_verb_labels(text: str, labels: list[str]) -> None:
    assert [f.label for f in find_figures(text, 2023) if f.kind != "date"] == labels


APPROX = [
    ("家庭医生签约2860人。", "2860人", ""),
    ("节约资金120万元。", "120万元", ""),
    ("最近3年投入资金1.2亿元。", "1.2亿元", ""),
    ("附近5个村受益。", "5个", ""),
    ("约2860人参加培训。", "2860人", "约"),
    ("惠及群众近3000人。", "3000人", "近"),
    ("接近3000人。", "3000人", "近"),
    ("投资约1.5亿元。", "1.5亿元", "约"),
]


@pytest.mark.parametrize(("text", "raw", "approx"), APPROX, ids=[t for t, _, _ in APPROX])
def test_approx_only_when_the_word_is_not_part_of_another(text: str, raw: str, approx: str) -> None:
    """'签约', '节约' and '最近', '附近' are words of their own: the figure after them is exact."""
    found = [f for f in find_figures(text, 2023) if f.kind != "date" and f.raw.endswith(raw)]
    assert [f.approx for f in found] == [approx]
