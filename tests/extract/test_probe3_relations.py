"""Breakdown forms a third probe of new report text found wrong (false failed checks, planted errors missed).

Sentences written for these tests in the style of county reports; each table says what a careful reader checks.
"""

from __future__ import annotations

import pytest
from factories import Checked, checked_text, printed, text_figures

from extract.relations import find_relations


def confidences(text: str) -> list[tuple[str, str]]:
    """(type, confidence) of each relation found in `text`."""
    text = printed(text)
    return [(r.type, r.confidence) for r in find_relations(text, text_figures(text), "t")]


# ---------------------------------------------------------------- percentages that are no shares of one whole
# Rates of several named places or units (each of its own whole), a few places of a larger whole, or rates that
# together pass 100% by far: no 100% check. Composition lists still must make 100%.
SHARES = [
    pytest.param("全县三个重点帮扶乡镇的脱贫人口占比分别为28.6%、31.2%和25.4%。", [], id="three-towns-own-shares"),
    pytest.param("城关镇、河口镇监测户占总户数的比重分别为2.1%和3.4%。", [], id="named-towns"),
    pytest.param("甲、乙两个安置点搬迁劳动力就业比例分别为96.2%和94.8%。", [], id="two-sites-rates"),
    pytest.param("四所学校的控辍保学比例分别为98.5%、99.1%、97.6%、99.3%。", [], id="four-schools"),
    pytest.param("东山村、西岭村、南坪村集体经济收入占全镇的比例分别为18%、22%和15%。", [], id="villages-of-a-town"),
    pytest.param("两类项目资金使用率分别为87.5%和92.4%。", [], id="rates-pass-100-far"),
    # still shares of one whole: categories, not places
    pytest.param("帮扶资金中产业发展、基础设施、公共服务分别占65%、20%、14%。",
                 [("share", None, ["65%", "20%", "14%"], "分别占", False)], id="categories-planted"),
    pytest.param("资金投向结构为:产业发展、基础设施、公共服务分别占62.5%、24.5%、13%。",
                 [("share", None, ["62.5%", "24.5%", "13%"], "分别占", True)], id="categories-hold"),
    # 'X构成中,' / '从X构成看,' announces a whole composition
    pytest.param("农村居民收入构成中,工资性收入占比58.5%,经营性收入占比26.2%,转移性收入占比14.4%,财产性收入占比1.8%。",
                 [("share", None, ["58.5%", "26.2%", "14.4%", "1.8%"], "农村居民收入构成中", False)], id="gouchengzhong-planted"),
    pytest.param("从帮扶资金构成看,财政援助资金占71.5%、社会帮扶资金占20.3%、其他资金占8.2%。",
                 [("share", None, ["71.5%", "20.3%", "8.2%"], "从帮扶资金构成看", True)], id="cong-goucheng-kan"),
    # a 'X中,' list of some groups is still not made to total 100%, only to stay within it
    pytest.param("致贫原因中,因病致贫占42.6%、因残致贫占18.3%。",
                 [("subset", None, ["42.6%", "18.3%"], "致贫原因中", True)], id="some-causes"),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_shares_are_checked_only_as_parts_of_one_whole(text: str, expected: list[Checked]) -> None:
    assert checked_text(printed(text)) == expected


# ---------------------------------------------------------------- totals after the parts: 合计/总计 with a verb
TOTALS_AFTER = [
    pytest.param("甲、乙、丙三个车间分别吸纳就业126人、88人、45人,合计吸纳就业260人。",
                 [("sum", "260人", ["126人", "88人", "45人"], "合计吸纳就业", False)], id="heji-verb-planted"),
    pytest.param("城关镇新建车间6个、河口镇新建车间8个、石门镇新建车间5个,合计新建车间19个。",
                 [("sum", "19个", ["6个", "8个", "5个"], "合计新建车间", True)], id="heji-verb-noun"),
    pytest.param("一季度培训420人次,二季度培训501人次,三季度培训380人次,总计培训1310人次。",
                 [("sum", "1310人次", ["420人次", "501人次", "380人次"], "总计培训", False)], id="zongji-verb"),
    pytest.param("东坝镇安置320户、西河镇安置215户、南山镇安置186户,四镇合计安置819户。",
                 [("sum", "819户", ["320户", "215户", "186户"], "合计安置", False)], id="four-towns-three-listed"),
    # a total in the next sentence: after 上述/以上 and a noun, or counting the parts ('两批次共选派')
    pytest.param("茶叶基地投入800万元,食用菌基地投入580万元,中药材基地投入370万元。上述项目合计投入1750万元。",
                 [("sum", "1750万元", ["800万元", "580万元", "370万元"], "上述项目合计投入", True)], id="shangshu-noun-heji"),
    pytest.param("第一批次选派教师24人,第二批次选派教师31人。两批次共选派教师55人。",
                 [("sum", "55人", ["24人", "31人"], "共选派教师", True)], id="count-of-parts-next-sentence"),
    pytest.param("2020年选派医生12人,2021年选派医生15人,2022年选派医生18人。三年共选派医生46人。",
                 [("sum", "46人", ["12人", "15人", "18人"], "共选派医生", False)], id="three-years-next-sentence-planted"),
    # a total of the whole year after two quarters is no sum of them
    pytest.param("一季度引进企业5家,二季度引进企业8家。全年共引进企业20家。", [], id="year-after-quarters"),
    pytest.param("第一批次选派教师24人,第二批次选派教师31人。三批次共选派教师80人。", [], id="count-disagrees"),
]


@pytest.mark.parametrize(("text", "expected"), TOTALS_AFTER)
def test_totals_after_their_parts(text: str, expected: list[Checked]) -> None:
    assert checked_text(printed(text)) == expected


# ---------------------------------------------------------------- a last part is kept when the list is one of commas
LAST_PARTS = [
    # an 'other' item is always a part
    pytest.param("消费帮扶总额1.08亿元,其中直接采购6520万元,帮助销售4280万元,其他渠道销售480万元。",
                 [("sum", "1.08亿元", ["6520万元", "4280万元", "480万元"], "其中", False)], id="other-item"),
    pytest.param("全年培训5200人次,其中技能培训3100人次、创业培训800人次、引导性培训1300人次,其余培训200人次。",
                 [("sum", "5200人次", ["3100人次", "800人次", "1300人次", "200人次"], "其中", False)], id="remaining-item"),
    # parts all listed with commas: the last may be a part or a later clause; the whole list is checked, at low confidence
    pytest.param("新建帮扶车间63个,其中县城12个,乡镇集镇27个,村级24个,易地搬迁安置点5个。",
                 [("sum", "63个", ["12个", "27个", "24个", "5个"], "其中", False)], id="comma-list-last-part"),
    # parts listed with 、 and a clause after a comma: the clause is no part (as before)
    pytest.param("共组织招聘会12场,其中县内8场、县外4场,吸引企业参会5场。",
                 [("sum", "12场", ["8场", "4场"], "其中", True)], id="enumeration-comma-clause"),
]


@pytest.mark.parametrize(("text", "expected"), LAST_PARTS)
def test_last_parts_of_a_list(text: str, expected: list[Checked]) -> None:
    assert checked_text(printed(text)) == expected


def test_a_comma_list_whose_earlier_parts_make_the_total_is_checked_at_low_confidence() -> None:
    assert confidences("新建帮扶车间63个,其中县城12个,乡镇集镇27个,村级24个,易地搬迁安置点5个。") == [("sum", "low")]
    assert confidences("消费帮扶总额1.08亿元,其中直接采购6520万元,帮助销售4280万元,其他渠道销售480万元。") == [("sum", "high")]


# ---------------------------------------------------------------- which total a list breaks down, and nested lists
PARENTS = [
    # a count in 个 between the 家 total and 其中 does not hide the total the parts share a unit with
    pytest.param("组织86家民营企业结对帮扶93个村,其中省内企业51家、东部企业35家。",
                 [("sum", "86家", ["51家", "35家"], "其中", True)], id="jia-total-before-ge"),
    pytest.param("引进企业15家,新建帮扶车间24个,其中苏州企业9家、无锡企业7家。",
                 [("sum", "15家", ["9家", "7家"], "其中", False)], id="jia-total-planted"),
    # 'X就业人员中,' names the figure labelled X
    pytest.param("全县转移就业3.2万人,其中省内1.7万人、省外1.5万人。省外就业人员中,在广东9000人、在浙江4000人、在其他省份2000人。",
                 [("sum", "3.2万人", ["1.7万人", "1.5万人"], "其中", True),
                  ("sum", "1.5万人", ["9000人", "4000人", "2000人"], "省外就业人员中", True)], id="jiuye-renyuan-zhong"),
    # a bracket of two parts or more right after a figure breaks it down (low confidence: no cue word)
    pytest.param("实施产业项目86个(种植类47个、养殖类39个),带动脱贫户3200户。",
                 [("sum", "86个", ["47个", "39个"], "(…)", True)], id="bracket-list"),
    pytest.param("实施产业项目86个(种植类47个、养殖类38个),带动脱贫户3200户。",
                 [("sum", "86个", ["47个", "38个"], "(…)", False)], id="bracket-list-planted"),
    # a threshold before an adjective is no part: '800人以上大型安置点'
    pytest.param("安置搬迁群众4210户1.86万人,其中800人以上大型安置点5个。", [], id="threshold-adjective"),
]


@pytest.mark.parametrize(("text", "expected"), PARENTS)
def test_which_total_a_list_breaks_down(text: str, expected: list[Checked]) -> None:
    assert checked_text(printed(text)) == expected


def test_a_bracket_list_without_a_cue_is_low_confidence() -> None:
    assert confidences("实施产业项目86个(种植类47个、养殖类38个),带动脱贫户3200户。") == [("sum", "low")]


def test_an_item_in_addition_is_still_no_part() -> None:
    # 另有 adds to the total rather than naming its last part: the parts before it make the total
    assert checked_text(printed("兑现产业奖补资金1.3亿元,其中到户奖补8625.5万元、到村奖补4374.5万元,另有零星奖补资金60000元。")) == [
        ("sum", "1.3亿元", ["8625.5万元", "4374.5万元"], "其中", True)]


# ---------------------------------------------------------------- a total named with 总 and what the parts measure
ZONG_TOTALS = [
    pytest.param("光伏电站装机容量分别为集中式2万千瓦、村级1.2万千瓦、户用0.35万千瓦,总装机3.55万千瓦。",
                 [("sum", "3.55万千瓦", ["2万千瓦", "1.2万千瓦", "0.35万千瓦"], "总装机", True)], id="zong-zhuangji"),
    pytest.param("甲项目投资12000万元,乙项目投资8000万元,总投资21000万元。",
                 [("sum", "21000万元", ["12000万元", "8000万元"], "总投资", False)], id="zong-touzi-planted"),
    # 总 and a noun the parts do not measure: no sum
    pytest.param("甲村脱贫300人,乙村脱贫200人,总人口5000人。", [], id="zong-renkou-other"),
]


@pytest.mark.parametrize(("text", "expected"), ZONG_TOTALS)
def test_a_total_named_with_zong(text: str, expected: list[Checked]) -> None:
    assert checked_text(printed(text)) == expected
