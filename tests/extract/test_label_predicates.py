"""A label names what a figure measures, not the verb that puts the figure in the sentence: a predicate between the
noun and the figure ('失业率控制在3.2%', '总产值突破300亿元', '审批时间压缩至5个工作日') is dropped; a verb that is part of
the name stays ('城镇新增就业', '到位资金', '签约金额'): cutting at it would leave a word that names nothing alone."""

from __future__ import annotations

import pytest

from extract.figures import find_figures

PREDICATES = [
    ("全年调查失业率控制在5.1%以内。", [("5.1%", "调查失业率")]),
    ("全县耕地保有量稳定在56.2万亩。", [("56.2万亩", "耕地保有量")]),
    ("森林覆盖率保持在63.8%,空气优良率保持98.1%。", [("63.8%", "森林覆盖率"), ("98.1%", "空气优良率")]),
    ("规上工业增加值突破120亿元。", [("120亿元", "规上工业增加值")]),
    ("农产品网络零售额实现8.6亿元。", [("8.6亿元", "农产品网络零售额")]),
    # 完成 says what is counted: the ones done, not all of them
    ("示范村创建任务已完成27个。", [("27个", "示范村创建任务已完成")]),
    ("民生支出总计41.7亿元。", [("41.7亿元", "民生支出")]),
    ("不动产登记时限压缩至3个工作日。", [("3个工作日", "不动产登记时限")]),
    ("平均通勤时间缩短到28分钟。", [("28分钟", "平均通勤时间")]),
    # a change with no subject of its own takes the cleaned label of the figure before it
    ("外贸进出口总额实现21.4亿元,增长9.3%。", [("21.4亿元", "外贸进出口总额"), ("9.3%", "外贸进出口总额增长")]),
]


@pytest.mark.parametrize(("text", "expected"), PREDICATES, ids=[t for t, _ in PREDICATES])
def test_a_predicate_before_the_figure_is_no_part_of_its_label(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.label) for f in find_figures(text, 2023) if f.kind != "date"] == expected


NAMES = [
    ("城镇新增就业6120人。", [("6120人", "城镇新增就业")]),
    ("农村新增就业1450人。", [("1450人", "农村新增就业")]),
    ("招商引资签约总金额156亿元,到位资金73.2亿元。", [("156亿元", "招商引资签约总金额"), ("73.2亿元", "到位资金")]),
    ("签约项目41个。", [("41个", "签约项目")]),
    # the verb before a specific noun still goes: the noun names the figure
    ("争取中央预算内投资2.3亿元。", [("2.3亿元", "中央预算内投资")]),
    ("下达衔接补助资金8600万元。", [("8600万元", "衔接补助资金")]),
    ("新增高标准农田2.4万亩。", [("2.4万亩", "高标准农田")]),
    ("新增就业岗位830个。", [("830个", "就业岗位")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES, ids=[t for t, _ in NAMES])
def test_a_verb_that_is_part_of_the_name_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.label) for f in find_figures(text, 2023) if f.kind != "date"] == expected


MORE = [
    # incidents and cases are counted in 起, after Arabic digits only ('一起' is 'together')
    ("查处违规违纪案件27起,涉及干部31人。", [("27起", "查处违规违纪案件"), ("31人", "干部")]),
    ("干部群众一起动手清理垃圾。", []),
    # concentrations; a name with a decimal point in it stays whole
    ("PM2.5年均浓度28微克/立方米。", [("28微克/立方米", "PM2.5年均浓度")]),
    ("出水氨氮浓度1.5毫克/升。", [("1.5毫克/升", "出水氨氮浓度")]),
    # what a change is against, said before 分别: each listed figure still gets its own item
    ("火灾起数38起、直接经济损失260万元,较上年分别下降12.5%和30.2%。",
     [("38起", "火灾起数"), ("260万元", "直接经济损失"), ("12.5%", "火灾起数较上年下降"), ("30.2%", "直接经济损失较上年下降")]),
    ("稻谷和玉米产量同比分别增长2.4%和5.1%。", [("2.4%", "稻谷产量同比增长"), ("5.1%", "玉米产量同比增长")]),
]


@pytest.mark.parametrize(("text", "expected"), MORE, ids=[t for t, _ in MORE])
def test_units_and_respective_changes(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.label) for f in find_figures(text, 2023) if f.kind != "date"] == expected


NAMED_AROUND = [
    # a growth rate changes the figure just before it, whatever its unit (not the last percent before that)
    ("森林覆盖率61.2%,林业产值8.4亿元,同比增长4.6%。",
     [("61.2%", "森林覆盖率"), ("8.4亿元", "林业产值"), ("4.6%", "林业产值同比增长")]),
    # verbs listed before the noun they share
    ("新建和改造农村公路分别为64公里和118公里。", [("64公里", "新建农村公路"), ("118公里", "改造农村公路")]),
    # a figure only marked by brackets or quotes is labelled by what stands before the marks
    ("不动产登记办理时间压缩至【1个工作日】。", [("1个工作日", "不动产登记办理时间")]),
    ("受理“接诉即办”工单“1.8万件”。", [("1.8万件", "接诉即办工单")]),
    # a name in quotes before a word too short to name anything alone
    ("“最多跑一次”率达到97.3%。", [("97.3%", "最多跑一次率")]),
    # money named by what it is for
    ("整合2300万元用于农村供水保障。", [("2300万元", "农村供水保障")]),
    ("下达800万元,用于危房改造。", [("800万元", "下达")]),  # 用于 in another clause: not this figure's name
    # a part said to be included, and a project's approval time
    ("发放助学贷款5600万元(含生源地贷款4100万元)。", [("5600万元", "助学贷款"), ("4100万元", "生源地贷款")]),
    ("工程建设项目审批时间压缩至40个工作日。", [("40个工作日", "工程建设项目审批时间")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_AROUND, ids=[t for t, _ in NAMED_AROUND])
def test_names_around_the_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.label) for f in find_figures(text, 2023) if f.kind != "date"] == expected
