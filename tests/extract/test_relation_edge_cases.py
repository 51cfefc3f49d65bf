"""find_relations on list forms that once went wrong: (1)(2) items, bracketed and 包括 nested lists, group counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import Checked, checked, checked_text
from pdfs import tiny_pdf

from extract.document import extract_document

NUMBERED_ITEMS = [
    pytest.param(
        "全年投入资金1000万元,具体如下:\n(1)产业发展资金600万元\n(2)就业扶贫资金400万元",
        [("sum", "1000万元", ["600万元", "400万元"], "如下 (1)(2)", True)],
        id="ascii-brackets-add-up",
    ),
    pytest.param(
        "全年下达衔接资金900万元,使用情况如下:\n（1）道路项目衔接资金500万元。\n（2）饮水项目衔接资金300万元。\n"
        "（3）培训项目衔接资金160万元。",
        [("sum", "900万元", ["500万元", "300万元", "160万元"], "如下 （1）（2）（3）", False)],
        id="full-width-brackets-do-not-add-up",
    ),
    pytest.param(
        "上述项目共使用帮扶资金800万元:\n(1)产业帮扶资金500万元,带动农户30户。\n(2)就业帮扶资金300万元。",
        [("sum", "800万元", ["500万元", "300万元"], "上述 (1)(2)", True)],
        id="shangshu-colon-then-items",
    ),
    pytest.param(
        "全年培训农民工1200人次,分类如下:\n1)电商培训农民工500人次;\n2)技能培训农民工700人次。",
        [("sum", "1200人次", ["500人次", "700人次"], "如下 1)2)", True)],
        id="closing-bracket-only",
    ),
    pytest.param(
        "全年投入资金1000万元,具体如下:\n(1)产业发展资金600万元\n(3)就业扶贫资金400万元",
        [],
        id="items-out-of-turn-are-no-list",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERED_ITEMS)
def test_items_numbered_with_arabic_numerals_in_brackets_break_down_the_total(text: str, expected: list[Checked]) -> None:
    assert checked_text(text) == expected


FILLER = "全县扎实推进东西部扶贫协作,围绕产业、就业、消费等重点领域持续发力。"  # full lines set the page's right margin


def test_items_numbered_in_brackets_break_down_the_total_in_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "doc.pdf"
    items = ["全年投入协作资金1000万元,具体如下:", "(1)产业项目协作资金600万元。", "（2）就业项目协作资金400万元。"]
    tiny_pdf([FILLER, *items, FILLER], path)
    x = extract_document(path)
    assert [c[:3] + c[4:] for c in checked(list(x.relations), list(x.figures))] == [
        ("sum", "1000万元", ["600万元", "400万元"], True)
    ]


BRACKETED_LISTS = [
    pytest.param(
        "投入资金1000万元,其中产业资金600万元(其中茶叶400万元、魔芋200万元),就业资金300万元。",
        [("sum", "1000万元", ["600万元", "300万元"], "其中", False), ("sum", "600万元", ["400万元", "200万元"], "其中", True)],
        id="outer-list-goes-on-after-the-bracket",
    ),
    pytest.param(
        "帮扶贫困户1200户,其中产业户800户（其中种植户500户、养殖户300户）,就业户400户。",
        [("sum", "1200户", ["800户", "400户"], "其中", True), ("sum", "800户", ["500户", "300户"], "其中", True)],
        id="full-width-brackets",
    ),
    pytest.param(
        "招聘人员150人,分别为教师90人(其中骨干教师30人、新教师60人)、医生60人。",
        [("sum", "150人", ["90人", "60人"], "分别为", True), ("sum", "90人", ["30人", "60人"], "其中", True)],
        id="fenbiewei-outer-list",
    ),
    pytest.param(
        "投入资金1000万元,其中产业资金600万元(其中茶叶400万元、魔芋200万元),就业资金400万元(其中培训250万元、补贴150万元)。",
        [
            ("sum", "1000万元", ["600万元", "400万元"], "其中", True),
            ("sum", "600万元", ["400万元", "200万元"], "其中", True),
            ("sum", "400万元", ["250万元", "150万元"], "其中", True),
        ],
        id="two-bracketed-lists",
    ),
    pytest.param(
        "投入资金1000万元,其中产业资金600万元(含茶叶400万元),就业资金400万元。",
        [("sum", "1000万元", ["600万元", "400万元"], "其中", True), ("subset", "600万元", ["400万元"], "含", True)],
        id="han-bracket-inside-a-list",
    ),
    pytest.param(
        "投入资金1000万元,其中产业资金600万元（茶叶400万元、魔芋200万元）,就业资金400万元。",
        [("sum", "1000万元", ["600万元", "400万元"], "其中", True), ("sum", "600万元", ["400万元", "200万元"], "(…)", True)],
        id="bracket-without-a-cue-details-its-part",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED_LISTS)
def test_a_bracket_after_a_part_holds_that_parts_breakdown_not_the_rest_of_the_list(text: str, expected: list[Checked]) -> None:
    assert checked_text(text) == expected


BAOKUO = [
    pytest.param(
        "投入资金1000万元,其中产业资金600万元,包括茶叶400万元、魔芋200万元;就业资金400万元。",
        [("sum", "1000万元", ["600万元", "400万元"], "其中", True), ("sum", "600万元", ["400万元", "200万元"], "包括", True)],
        id="nested-under-qizhong",
    ),
    pytest.param(
        "投入资金1000万元,其中产业资金600万元,包括茶叶400万元、魔芋100万元;就业资金400万元。",
        [("sum", "1000万元", ["600万元", "400万元"], "其中", True), ("sum", "600万元", ["400万元", "100万元"], "包括", False)],
        id="nested-under-qizhong-inner-fails",
    ),
    pytest.param(
        "资金500万元,包括甲村300万元、乙村200万元。",
        [("sum", "500万元", ["300万元", "200万元"], "包括", True)],
        id="standalone",
    ),
    pytest.param(
        "受益群众3000人,包括脱贫人口1200人、监测对象900人、一般农户800人。",
        [("sum", "3000人", ["1200人", "900人", "800人"], "包括", False)],
        id="standalone-fails",
    ),
    pytest.param(
        "投入资金800万元,主要包括产业资金500万元、就业资金300万元。",
        [("sum", "800万元", ["500万元", "300万元"], "包括", True)],
        id="zhuyao-baokuo",
    ),
    pytest.param(
        "帮扶贫困村30个,包括深度贫困村12个。",
        [("subset", "30个", ["12个"], "包括", True)],
        id="one-part-is-a-subset",
    ),
    pytest.param(
        "上年投入资金100万元。今年的帮扶措施包括投入资金300万元、培训农民200人。",
        [],
        id="no-figure-just-before-is-no-total",
    ),
    pytest.param(
        "全县共有贫困户5000户,帮扶措施包括发放产业补助3000户、就业帮扶2500户。",
        [],
        id="a-new-subject-before-baokuo-is-what-it-details",
    ),
    pytest.param(
        "新录用医生45名(包括全科医生12名)。",
        [("subset", "45名", ["12名"], "含", True)],
        id="in-brackets-stays-an-inclusion",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAOKUO)
def test_baokuo_breaks_down_the_figure_just_before_it(text: str, expected: list[Checked]) -> None:
    assert checked_text(text) == expected


GROUP_COUNTS = [
    pytest.param(
        "三个村分别建成车间6个、8个、1个,合计15个。",
        [("sum", "15个", ["6个", "8个", "1个"], "合计", True)],
        id="cn-count-of-villages",
    ),
    pytest.param(
        "3个乡镇分别新建基地2个、4个、5个,共计11个。",
        [("sum", "11个", ["2个", "4个", "5个"], "共计", True)],
        id="arabic-count-of-towns",
    ),
    pytest.param(
        "两家合作社分别新建冷库1个、2个,合计3个。",
        [("sum", "3个", ["1个", "2个"], "合计", True)],
        id="organisations-counted-in-jia",
    ),
    pytest.param(
        "三个村分别有扶贫车间2个、3个、1个。",
        [],
        id="fenbieyou-list-has-no-total",
    ),
    pytest.param(
        "2个村分别建成车间6个、8个、1个,合计15个。",
        [("sum", "15个", ["6个", "8个", "1个"], "合计", True)],
        id="a-count-before-fenbie-is-no-part-even-when-it-miscounts",
    ),
    pytest.param(
        "培训农民300人分别参加电商培训100人、技能培训200人,合计300人。",
        [("sum", "300人", ["100人", "200人"], "合计", True)],
        id="subjects-before-fenbie-are-not-added-to-the-parts",
    ),
    pytest.param(
        "帮扶贫困户1200户,其中800户分别获得产业补助和就业补助,400户获得教育补助。",
        [("sum", "1200户", ["800户", "400户"], "其中", True)],
        id="a-part-before-fenbie-is-still-a-part-of-an-earlier-list",
    ),
    pytest.param(
        "引进企业12家分别为工业企业7家、农业企业4家。",
        [("sum", "12家", ["7家", "4家"], "分别为", False)],
        id="a-total-before-fenbiewei-is-still-a-total",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_COUNTS)
def test_a_count_of_the_groups_fenbie_distributes_over_is_not_a_part(text: str, expected: list[Checked]) -> None:
    assert checked_text(text) == expected
