"""Breakdowns of one part of an earlier breakdown ('…中,'), percentages of each group's own whole, totals after
共/累计 and a verb, and lists announced by their classification ('按来源划分为', '从资金来源看,').

A clause that opens with '<noun>中,' (after 其中 or not) breaks down the latest earlier figure whose label names
that noun, never simply the last figure printed: once, '其中种植业项目中,…' was checked against the 加工业项目
listed last, a false failed check at error severity.
"""

from __future__ import annotations

import pytest
from factories import Checked, checked_text

# ---------------------------------------------------------------- '<noun>中,' breaks down the figure labelled <noun>
SUB_GROUPS = [
    pytest.param("全年投入衔接资金3600万元,其中产业发展资金2400万元、基础设施资金1200万元。"
                 "产业发展资金中,茶园改造900万元、食用菌大棚1500万元。",
                 [("sum", "3600万元", ["2400万元", "1200万元"], "其中", True),
                  ("sum", "2400万元", ["900万元", "1500万元"], "产业发展资金中", True)], id="next-sentence"),
    pytest.param("全年投入衔接资金3600万元,其中产业发展资金2400万元、基础设施资金1200万元。"
                 "产业发展资金中,茶园改造900万元、食用菌大棚1400万元。",
                 [("sum", "3600万元", ["2400万元", "1200万元"], "其中", True),
                  ("sum", "2400万元", ["900万元", "1400万元"], "产业发展资金中", False)], id="next-sentence-error"),
    # 其中 that opens the sentence names the part: not the D级 figure printed last
    pytest.param("完成危房改造1200户,其中C级改造750户、D级改造450户。其中C级改造中,拆除重建300户、维修加固450户。",
                 [("sum", "1200户", ["750户", "450户"], "其中", True),
                  ("sum", "750户", ["300户", "450户"], "其中C级改造中", True)], id="qizhong-names-first-part"),
    pytest.param("全县搬迁群众2600户,其中县城安置1800户、乡镇安置800户。其中县城安置的,购房安置1100户、统规统建700户。",
                 [("sum", "2600户", ["1800户", "800户"], "其中", True),
                  ("sum", "1800户", ["1100户", "700户"], "其中县城安置的", True)], id="qizhong-de"),
    pytest.param("全年投入资金5000万元,用于产业项目3200万元、基础设施1800万元。其中,产业项目中种养业2000万元、加工业1200万元。",
                 [("sum", "3200万元", ["2000万元", "1200万元"], "其中,产业项目中", True)], id="qizhong-comma-no-comma-after"),
    # one list, two measures: each part checked against the figure of its own measure
    pytest.param("新建扶贫车间30个,投资4500万元,其中县城车间12个2700万元、乡镇车间18个1800万元。"
                 "其中乡镇车间中,食品加工车间10个1000万元,服装加工车间8个800万元。",
                 [("sum", "30个", ["12个", "18个"], "其中", True),
                  ("sum", "4500万元", ["2700万元", "1800万元"], "其中", True),
                  ("sum", "18个", ["10个", "8个"], "其中乡镇车间中", True),
                  ("sum", "1800万元", ["1000万元", "800万元"], "其中乡镇车间中", True)], id="two-measures"),
    # after a semicolon: the outer list ends there, the parts after '养殖业中,' are the inner list's
    pytest.param("发放小额信贷1.2亿元,其中种植业7000万元、养殖业5000万元;养殖业中,生猪养殖3000万元、肉牛养殖2000万元。",
                 [("sum", "1.2亿元", ["7000万元", "5000万元"], "其中", True),
                  ("sum", "5000万元", ["3000万元", "2000万元"], "养殖业中", True)], id="after-semicolon"),
    pytest.param("发放小额信贷1.2亿元,其中种植业7000万元、养殖业5000万元;养殖业中,生猪养殖3000万元、肉牛养殖2100万元。",
                 [("sum", "1.2亿元", ["7000万元", "5000万元"], "其中", True),
                  ("sum", "5000万元", ["3000万元", "2100万元"], "养殖业中", False)], id="after-semicolon-error"),
    # a year before the noun, a head noun after the label: '2020年脱贫户' names the figure labelled 脱贫 of 2020
    pytest.param("全县脱贫户3200户,其中2019年脱贫1900户、2020年脱贫1300户。2020年脱贫户中,产业帮扶800户、就业帮扶500户。",
                 [("sum", "3200户", ["1900户", "1300户"], "其中", True),
                  ("sum", "1300户", ["800户", "500户"], "2020年脱贫户中", True)], id="year-and-head-noun"),
]


@pytest.mark.parametrize(("text", "expected"), SUB_GROUPS)
def test_a_named_group_breaks_down_the_figure_of_that_name(text: str, expected: list[Checked]) -> None:
    assert checked_text(text) == expected


NOT_SUB_GROUPS = [
    # no earlier figure is labelled 残疾人口: no relation, and 其中 does not fall back to the last figure
    pytest.param("全县贫困人口8600人,其中因病致贫3100人、因学致贫1500人、缺劳力4000人。其中残疾人口中,一级残疾420人、二级残疾680人。",
                 [("sum", "8600人", ["3100人", "1500人", "4000人"], "其中", True)], id="no-figure-of-that-name"),
    pytest.param("全年培训农民3000人次。全年中,种植技术培训1800人次、养殖技术培训1200人次。", [], id="whole-year"),
    pytest.param("2019年新增就业2000人。2019年中,县内就业1200人、县外就业800人。", [], id="a-year"),
    pytest.param("全县脱贫1.5万人。在脱贫攻坚中,产业帮扶9000人、就业帮扶6000人。", [], id="campaign-not-a-figure"),
    pytest.param("到位资金800万元,其中中央资金500万元、省级资金300万元。",
                 [("sum", "800万元", ["500万元", "300万元"], "其中", True)], id="qizhong-then-a-part"),
    # a noun in a list of parts, not at a clause start, is no cue
    pytest.param("共培训1500人次,其中在家务农人员中开展技术培训900人次、返乡创业人员600人次。",
                 [("sum", "1500人次", ["900人次", "600人次"], "其中", True)], id="inside-a-part"),
]


@pytest.mark.parametrize(("text", "expected"), NOT_SUB_GROUPS)
def test_other_words_before_zhong_open_no_breakdown(text: str, expected: list[Checked]) -> None:
    assert checked_text(text) == expected


# ---------------------------------------------------------------- percentages of each group's own whole
OWN_WHOLES = [
    pytest.param("四个镇的贫困人口分别占各镇总人口的9.2%、7.5%、6.1%、4.8%。", [], id="ge-zhen"),
    pytest.param("两个村分别有贫困户96户、72户,分别占各村总户数的30%、25%。", [], id="ge-cun"),
    pytest.param("三个组的脱贫户分别占所在村总户数的40%、35%、20%。", [], id="suozai-cun"),
    pytest.param("三个村的外出务工人员分别占全村劳动力的45%、38%、31%。", [], id="quan-cun"),
]
ONE_WHOLE = [
    # 全县 names one whole: its parts must make 100%, and a planted error still fails
    pytest.param("产业、就业、兜底三类帮扶分别占全县脱贫人口的62%、28%、10%。",
                 [("share", None, ["62%", "28%", "10%"], "分别占", True)], id="quan-xian"),
    pytest.param("产业、就业、兜底三类帮扶分别占全县脱贫人口的62%、28%、9%。",
                 [("share", None, ["62%", "28%", "9%"], "分别占", False)], id="quan-xian-error"),
    # 各乡镇 as the subject splits one whole among them
    pytest.param("全县扶贫资金中,各乡镇所占比重分别为40%、35%、25%。",
                 [("share", None, ["40%", "35%", "25%"], "分别为", True)], id="ge-xiangzhen-subject"),
]


@pytest.mark.parametrize(("text", "expected"), OWN_WHOLES + ONE_WHOLE)
def test_shares_of_each_groups_own_whole_need_not_make_100_percent(text: str, expected: list[Checked]) -> None:
    assert checked_text(text) == expected


# ---------------------------------------------------------------- totals after 共/共计/累计 and a verb the parts share
VERB_TOTALS = [
    pytest.param("2019年建成村级电商服务站点52个,2020年建成34个,两年共建成村级电商服务站点86个。",
                 [("sum", "86个", ["52个", "34个"], "共建成村级电商服务站点", True)], id="jiancheng-long-noun"),
    pytest.param("2019年建成村级电商服务站点52个,2020年建成34个,两年共建成村级电商服务站点87个。",
                 [("sum", "87个", ["52个", "34个"], "共建成村级电商服务站点", False)], id="jiancheng-long-noun-error"),
    pytest.param("通过消费扶贫月募集资金56.3万元,通过爱心超市募集资金21.7万元,共计募集资金78万元。",
                 [("sum", "78万元", ["56.3万元", "21.7万元"], "共计募集资金", True)], id="mouji"),
    pytest.param("通过消费扶贫月募集资金56.3万元,通过爱心超市募集资金21.7万元,共计募集资金78.5万元。",
                 [("sum", "78.5万元", ["56.3万元", "21.7万元"], "共计募集资金", False)], id="mouji-error"),
    pytest.param("县级财政筹集资金1200万元,整合涉农资金筹集800万元,共筹集资金2000万元。",
                 [("sum", "2000万元", ["1200万元", "800万元"], "共筹集资金", True)], id="chouji"),
    pytest.param("爱心企业捐赠物资折款45万元,社会各界捐赠物资折款30万元,累计捐赠物资折款75万元。",
                 [("sum", "75万元", ["45万元", "30万元"], "累计捐赠物资折款", True)], id="juanzeng"),
    pytest.param("机关干部捐款18.6万元,企业职工捐款9.4万元,共捐款28万元。",
                 [("sum", "28万元", ["18.6万元", "9.4万元"], "共捐款", True)], id="juankuan"),
    pytest.param("动员民营企业参与帮扶120家,动员社会组织参与帮扶35家,共动员155家。",
                 [("sum", "155家", ["120家", "35家"], "共动员", True)], id="dongyuan"),
    # the verb before a 、 list is every item's verb
    pytest.param("建成村级物流点85个、乡镇物流站9个、县级物流中心1个,共建成物流服务网点95个。",
                 [("sum", "95个", ["85个", "9个", "1个"], "共建成物流服务网点", True)], id="verb-before-dun-list"),
    pytest.param("建成村级物流点85个、乡镇物流站9个、县级物流中心1个,共建成物流服务网点96个。",
                 [("sum", "96个", ["85个", "9个", "1个"], "共建成物流服务网点", False)], id="verb-before-dun-list-error"),
]
NOT_VERB_TOTALS = [
    # the parts come after: the figure after 累计筹集 is the opening total of a 其中 list
    pytest.param("累计筹集资金2000万元,其中县级财政1200万元、整合资金800万元。",
                 [("sum", "2000万元", ["1200万元", "800万元"], "其中", True)], id="parts-after"),
    # the parts do not share the verb 募集
    pytest.param("县财政投入资金1200万元,社会资金到位800万元,共募集资金2100万元。", [], id="verb-not-shared"),
    pytest.param("全年共募集资金300万元,用于困难群众救助。", [], id="no-parts"),
    # a part after a comma, not a 、, needs the verb of its own
    pytest.param("建成村级物流点85个,改造乡镇物流站9个,共建成物流服务网点94个。", [], id="comma-part-without-verb"),
]


@pytest.mark.parametrize(("text", "expected"), VERB_TOTALS + NOT_VERB_TOTALS)
def test_a_total_after_a_verb_its_parts_share(text: str, expected: list[Checked]) -> None:
    assert checked_text(text) == expected


# ---------------------------------------------------------------- a list announced by what it is classified by
CLASSIFIED = [
    pytest.param("全年到位衔接资金6000万元,按来源划分为中央资金3500万元、省级资金1500万元、县级资金1000万元。",
                 [("sum", "6000万元", ["3500万元", "1500万元", "1000万元"], "按来源划分为", True)], id="an-laiyuan"),
    pytest.param("全年到位衔接资金6000万元,按来源划分为中央资金3500万元、省级资金1500万元、县级资金900万元。",
                 [("sum", "6000万元", ["3500万元", "1500万元", "900万元"], "按来源划分为", False)], id="an-laiyuan-error"),
    pytest.param("全年投入扶贫资金2.4亿元。从资金来源看,财政资金1.8亿元、社会资金6000万元。",
                 [("sum", "2.4亿元", ["1.8亿元", "6000万元"], "从资金来源看", True)], id="cong-kan"),
    pytest.param("全年投入扶贫资金2.4亿元。按资金来源分:财政资金1.8亿元、社会资金7000万元。",
                 [("sum", "2.4亿元", ["1.8亿元", "7000万元"], "按资金来源分", False)], id="an-fen-colon-error"),
    pytest.param("全年开展技能培训4200人次。按培训类型分,种养技术2600人次、电商1000人次、家政600人次;"
                 "种养技术中,茶叶种植1500人次、生猪养殖1100人次。",
                 [("sum", "4200人次", ["2600人次", "1000人次", "600人次"], "按培训类型分", True),
                  ("sum", "2600人次", ["1500人次", "1100人次"], "种养技术中", True)], id="an-leixing-and-inner"),
]
NOT_CLASSIFIED = [
    pytest.param("2019年脱贫2100人。从目前看,全县仍有未脱贫人口320人、边缘人口150人。", [], id="cong-muqian-kan"),
    pytest.param("全年发放补助资金300万元。按照每人每年2000元的标准,发放生活补助120万元、交通补助80万元。", [], id="anzhao"),
    pytest.param("全年投入资金3000万元,按来源分,中央资金2000万元。", [], id="one-part"),
]


@pytest.mark.parametrize(("text", "expected"), CLASSIFIED + NOT_CLASSIFIED)
def test_a_classification_cue_opens_a_list(text: str, expected: list[Checked]) -> None:
    assert checked_text(text) == expected
