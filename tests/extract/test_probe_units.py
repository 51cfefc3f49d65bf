"""find_figures on units and numerals a probe of new report sentences read wrong: vague 数十/几百, '人/次',
rates such as '3000元/亩', 万 in front of count, weight, area and length units, missing count units, percents in words.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from factories import quantities_in

D = Decimal


quantities = quantities_in


def read(text: str) -> list[tuple[str, Decimal | None, str]]:
    return [(f.raw, f.value, f.unit) for f in quantities(text)]


# ---------------------------------------------------------------- 1. 数十/几十/几百/十几 are vague: no exact figure
# text -> [(raw, value, unit)]
VAGUE = [
    ("挽回经济损失数十万元", []),
    ("帮助几十家企业渡过难关", []),
    ("累计培训数十人次", []),
    ("覆盖几百户群众", []),
    ("每户补助数千元", []),
    ("受益十几户", []),
    ("投入几十万元", []),
    ("引进数十个项目,带动数百人就业", []),
    ("投资数十亿元", []),
    ("新建几十座温室", []),
    ("数十万元资金和3家企业", [("3家", D("3"), "家")]),
]
# must not change: exact numbers, 余/多, and a 数 or 几 that ends a word before a real number
VAGUE_KEPT = [
    ("组织十余家企业开展招聘", [("十余家", D("10"), "家")]),
    ("帮助三十余户发展产业", [("三十余户", D("30"), "户")]),
    ("培训十人次", [("十人次", D("10"), "人次")]),
    ("贫困人口数12000人", [("12000人", D("12000"), "人")]),
    ("参会人数十二人", [("十二人", D("12"), "人")]),
    ("投入十万元", [("十万元", D("10"), "万元")]),
    ("近千户", [("千户", D("1000"), "户")]),
]


@pytest.mark.parametrize(("text", "expected"), VAGUE + VAGUE_KEPT, ids=[t for t, _ in VAGUE + VAGUE_KEPT])
def test_multiplier_after_shu_or_ji_is_vague_not_exact(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert read(text) == expected


# ---------------------------------------------------------------- 2a. '人/次' and '人(次)' are 人次
# text -> [(raw, value, unit, base_unit)]
PERSON_TIMES = [
    ("开展技能培训86期3450人/次", [("86期", D("86"), "期", "期"), ("3450人/次", D("3450"), "人次", "人次")]),
    ("开展技能培训1200人（次）", [("1200人(次)", D("1200"), "人次", "人次")]),
    ("走访慰问1.2万人/次", [("1.2万人/次", D("1.2"), "万人次", "人次")]),
    ("入户核查300户/次", [("300户/次", D("300"), "户次", "户次")]),
    ("培训近万人/次", [("万人/次", D("1"), "万人次", "人次")]),
    # not a 次 after the slash or the brackets: unchanged
    ("培训300人/天", [("300人", D("300"), "人", "人")]),
    ("帮扶300人(其中女性120人)", [("300人", D("300"), "人", "人"), ("120人", D("120"), "人", "人")]),
    ("培训2000人次", [("2000人次", D("2000"), "人次", "人次")]),
]


@pytest.mark.parametrize(("text", "expected"), PERSON_TIMES, ids=[t for t, _ in PERSON_TIMES])
def test_slash_or_bracketed_ci_after_ren_is_person_times(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.raw, f.value, f.unit, f.base_unit) for f in quantities(text)] == expected


# ---------------------------------------------------------------- 2b. money per something is a rate, never money
# text -> [(raw, value, unit, kind, base_value, base_unit)]
RATES = [
    ("人均增收1200元/年", [("1200元/年", D("1200"), "元/年", "other", D("1200"), "元/年")]),
    ("亩均收益3000元/亩", [("3000元/亩", D("3000"), "元/亩", "other", D("3000"), "元/亩")]),
    ("收购价5元/斤", [("5元/斤", D("5"), "元/斤", "other", D("5"), "元/斤")]),
    ("补助2.5万元/户", [("2.5万元/户", D("2.5"), "万元/户", "other", D("25000"), "元/户")]),
    ("标准为每人500元/月", [("500元/月", D("500"), "元/月", "other", D("500"), "元/月")]),
    ("租金8元/平方米", [("8元/平方米", D("8"), "元/平方米", "other", D("8"), "元/平方米")]),
    ("补助3-5万元/户", [("3-5万元/户", D("3"), "万元/户", "other", D("30000"), "元/户")]),
    ("补助5千元/人", [("5千元/人", D("5"), "千元/人", "other", D("5000"), "元/人")]),
    ("培训补贴100元/人/次", [("100元/人/次", D("100"), "元/人次", "other", D("100"), "元/人次")]),
    # money without a per-unit after the slash stays money
    ("投入500万元/项目", [("500万元", D("500"), "万元", "money", D("5000000"), "元")]),
    ("投入资金1200元", [("1200元", D("1200"), "元", "money", D("1200"), "元")]),
    ("共1200元/3户", [("1200元", D("1200"), "元", "money", D("1200"), "元"), ("3户", D("3"), "户", "count", D("3"), "户")]),
]


@pytest.mark.parametrize(("text", "expected"), RATES, ids=[t for t, _ in RATES])
def test_money_per_unit_is_a_rate_with_its_printed_unit(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.raw, f.value, f.unit, f.kind, f.base_value, f.base_unit) for f in quantities(text)] == expected


def test_rate_is_never_in_the_money_base_unit() -> None:
    found = quantities("补助资金1200万元,其中种植每亩补助3000元/亩、养殖每户补助2.5万元/户。")
    assert [(f.kind, f.base_unit) for f in found] == [("money", "元"), ("other", "元/亩"), ("other", "元/户")]


# ---------------------------------------------------------------- 3. 万/亿 in front of count, weight, area and length units
# text -> [(raw, value, unit, base_value)]
SCALED = [
    ("带动1.2万名贫困群众", [("1.2万名", D("1.2"), "万名", D("12000"))]),
    ("培育市场主体1.5万家", [("1.5万家", D("1.5"), "万家", D("15000"))]),
    ("发放宣传资料2万余份", [("2万余份", D("2"), "万份", D("20000"))]),
    ("收购茶叶5万斤", [("5万斤", D("5"), "万斤", D("50000"))]),
    ("销售猕猴桃120万公斤", [("120万公斤", D("120"), "万公斤", D("1200000"))]),
    ("退耕还林1.2万公顷", [("1.2万公顷", D("1.2"), "万公顷", D("12000"))]),
    ("收购3万千克", [("3万千克", D("3"), "万千克", D("30000"))]),
    ("新建管网1.5万米", [("1.5万米", D("1.5"), "万米", D("15000"))]),
    ("发放明白卡3万张", [("3万张", D("3"), "万张", D("30000"))]),
    ("开展宣讲2万场次", [("2万场次", D("2"), "万场次", D("20000"))]),
    ("发电120万度", [("120万度", D("120"), "万度", D("1200000"))]),
    ("受益群众一点二万名", [("一点二万名", D("1.2"), "万名", D("12000"))]),
    ("惠及近万家企业", [("万家", D("1"), "万家", D("10000"))]),  # read like '近万人' (1万人)
    # unchanged: 千 scales only 元 (千米 is a unit of its own, kept as printed), and a unit that already took 万
    ("建成3千米道路", [("3千米", D("3"), "千米", D("3"))]),
    ("装机3000千瓦", [("3000千瓦", D("3000"), "千瓦", D("3000"))]),
    ("覆盖1.2万人", [("1.2万人", D("1.2"), "万人", D("12000"))]),
]


@pytest.mark.parametrize(("text", "expected"), SCALED, ids=[t for t, _ in SCALED])
def test_wan_scales_count_weight_area_and_length_units(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.raw, f.value, f.unit, f.base_value) for f in quantities(text)] == expected


# ---------------------------------------------------------------- 4. count units that were missing
# text -> [(raw, value, unit, kind)]
NEW_COUNTS = [
    ("新建蓄水池48口", [("48口", D("48"), "口", "count")]),
    ("一家3口之家", [("3口", D("3"), "口", "count")]),
    ("打了3口井", [("3口", D("3"), "口", "count")]),
    ("新打4眼机井", [("4眼", D("4"), "眼", "count")]),
    ("发展林下养鸡5万羽", [("5万羽", D("5"), "万羽", "count")]),
    ("发展袋料香菇300万袋", [("300万袋", D("300"), "万袋", "count")]),
    ("电商订单1.3万单", [("1.3万单", D("1.3"), "万单", "count")]),
    ("发放贷款1200笔", [("1200笔", D("1200"), "笔", "count")]),
    ("安装路灯300盏", [("300盏", D("300"), "盏", "count")]),
    ("打机井12眼", [("12眼", D("12"), "眼", "count")]),
    ("救治患者36例", [("36例", D("36"), "例", "count")]),
    ("新建涵洞3孔", [("3孔", D("3"), "孔", "count")]),
    ("打机井十二眼", [("十二眼", D("12"), "眼", "count")]),
    ("完成手术1200例次", [("1200例次", D("1200"), "例次", "count")]),
]
# words these characters also make, that must give no figure
NOT_NEW_COUNTS = [
    ("贫困人口", []),
    ("一口气完成", []),
    ("第一单元", []),
    ("3单元2楼", []),
    ("一眼望去", []),
    ("例如种植业", []),
    ("3例如下", []),
    ("帮扶单位", []),
    ("12单位参加", []),
    ("开展1对1帮扶", []),
    ("一对一结对", []),
    ("一笔资金", []),
    ("100笔记本", []),
    ("2孔子学堂", []),
    ("3羽毛球场", []),
    ("2眼镜店", []),
    ("每月1例会", []),
    ("十字路口", []),
    ("进出口总额", []),
    ("1单价", []),
    ("两口子", []),
    ("三口镇", []),
    ("九眼桥社区", []),
    ("七孔桥村", []),
    ("5袋装", []),
]


@pytest.mark.parametrize(("text", "expected"), NEW_COUNTS + NOT_NEW_COUNTS, ids=[t for t, _ in NEW_COUNTS + NOT_NEW_COUNTS])
def test_new_count_units_are_read_and_words_are_not(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.raw, f.value, f.unit, f.kind) for f in quantities(text)] == expected


# ---------------------------------------------------------------- 5. percents in words
# text -> [(raw, value, unit, kind, base_value)]
PERCENT_WORDS = [
    ("资金到位率达到百分之百", [("百分之百", D("100"), "%", "percent", D("100"))]),
    ("项目完工率达到百分之九十五", [("百分之九十五", D("95"), "%", "percent", D("95"))]),
    ("增长百分之三十点五", [("百分之三十点五", D("30.5"), "%", "percent", D("30.5"))]),
    ("占百分之一百", [("百分之一百", D("100"), "%", "percent", D("100"))]),
    ("下降百分之五", [("百分之五", D("5"), "%", "percent", D("5"))]),
    ("发生率为千分之三", [("千分之三", D("3"), "‰", "percent", D("0.3"))]),
    ("完工率百分之九十五,建成12个", [("百分之九十五", D("95"), "%", "percent", D("95")), ("12个", D("12"), "个", "count", D("12"))]),
    # not a numeral after 百分之: no figure
    ("百分之几", []),
    ("百分之十几", []),
    ("百分比", []),
]


@pytest.mark.parametrize(("text", "expected"), PERCENT_WORDS, ids=[t for t, _ in PERCENT_WORDS])
def test_percent_in_words_is_a_percent(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.raw, f.value, f.unit, f.kind, f.base_value) for f in quantities(text)] == expected


@pytest.mark.parametrize(("words", "digits"), [("资金到位率达到百分之百。", "资金到位率达到100%。"),
                                               ("项目完工率为百分之九十五,", "项目完工率为95%,"),
                                               ("约百分之九十的农户", "约90%的农户")])
def test_percent_in_words_is_labelled_like_the_same_percent_in_digits(words: str, digits: str) -> None:
    (w,), (d,) = quantities(words), quantities(digits)
    assert (w.label, w.approx, w.kind, w.base_value) == (d.label, d.approx, d.kind, d.base_value)
