"""find_figures on bare numbers that share the unit printed after the last: '100、200、300万元' is three figures."""

from __future__ import annotations

from decimal import Decimal

import pytest
from factories import quantities_in, text_figures

from extract.figures import find_figures
from extract.relations import find_relations

D = Decimal


quantities = quantities_in


# ---------------------------------------------------------------- 1. a bare list takes the unit of its last number
# Each listed number keeps its own printed text as raw (and its own span); unit, scale and kind come from the last.
# text -> [(raw, value, unit, kind, base_value)]
SHARED = [
    (
        "分别投入资金100、200、300万元",
        [
            ("100", D("100"), "万元", "money", D("1000000")),
            ("200", D("200"), "万元", "money", D("2000000")),
            ("300万元", D("300"), "万元", "money", D("3000000")),
        ],
    ),
    (
        "三个村贫困户分别为5、3、2户",
        [
            ("三个", D("3"), "个", "count", D("3")),
            ("5", D("5"), "户", "count", D("5")),
            ("3", D("3"), "户", "count", D("3")),
            ("2户", D("2"), "户", "count", D("2")),
        ],
    ),
    (
        "帮扶1.5、2.3、0.8亿元",
        [
            ("1.5", D("1.5"), "亿元", "money", D("150000000")),
            ("2.3", D("2.3"), "亿元", "money", D("230000000")),
            ("0.8亿元", D("0.8"), "亿元", "money", D("80000000")),
        ],
    ),
    (
        "城关镇和新场镇分别建成12和8个",
        [
            ("12", D("12"), "个", "count", D("12")),
            ("8个", D("8"), "个", "count", D("8")),
        ],
    ),
    (
        "新建12、8及6个示范村",
        [
            ("12", D("12"), "个", "count", D("12")),
            ("8", D("8"), "个", "count", D("8")),
            ("6个", D("6"), "个", "count", D("6")),
        ],
    ),
    (
        "培训1,200、2,350人次",
        [
            ("1,200", D("1200"), "人次", "count", D("1200")),
            ("2,350人次", D("2350"), "人次", "count", D("2350")),
        ],
    ),
    (
        "两年分别增长10、20%",
        [
            ("10", D("10"), "%", "percent", D("10")),
            ("20%", D("20"), "%", "percent", D("20")),
        ],
    ),
    (
        "分别提高3.5和1.2个百分点",
        [
            ("3.5", D("3.5"), "个百分点", "percent", D("3.5")),
            ("1.2个百分点", D("1.2"), "个百分点", "percent", D("1.2")),
        ],
    ),
    (
        "每户补助0.5、1万元",
        [
            ("0.5", D("0.5"), "万元", "money", D("5000")),
            ("1万元", D("1"), "万元", "money", D("10000")),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED, ids=[t for t, _ in SHARED])
def test_bare_numbers_before_a_unit_share_it(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.raw, f.value, f.unit, f.kind, f.base_value) for f in quantities(text)] == expected


def test_shared_figures_keep_their_own_spans_and_exact_values() -> None:
    text = "分别投入资金100、200、300万元"
    found = quantities(text)
    assert [text[f.start : f.end] for f in found] == ["100", "200", "300万元"]
    assert all(type(f.value) is Decimal and f.base_unit == "元" and f.value_max is None for f in found)


def test_respective_list_with_a_shared_unit_is_labelled_by_its_subject() -> None:
    found = quantities("产业、就业、教育项目资金分别为100、200、300万元。")
    assert [f.value for f in found] == [D("100"), D("200"), D("300")]
    assert "分别" not in "".join(f.label for f in found)


# ---------------------------------------------------------------- 2. what a shared unit must not reach
# text -> [(raw, value, unit)]: the same figures as before the rule
UNCHANGED = [
    ("增长10%、20%", [("10%", D("10"), "%"), ("20%", D("20"), "%")]),
    ("投入100万元、200万元", [("100万元", D("100"), "万元"), ("200万元", D("200"), "万元")]),
    ("三、四、五月完成验收", []),
    ("1、2、3月累计投入", []),
    ("2018、2019年脱贫100户", [("100户", D("100"), "户")]),
    ("2017、2018、2019年", []),
    ("第1、2、3批次", []),
    ("第1、2批50户", [("50户", D("50"), "户")]),
    ("1、产业发展投入100万元", [("100万元", D("100"), "万元")]),
    ("二、就业帮扶培训300人", [("300人", D("300"), "人")]),
    ("措施如下:\n2、300万元用于修路", [("300万元", D("300"), "万元")]),
    ("2、300万元用于修路", [("300万元", D("300"), "万元")]),
    ("三、四个月完成", [("四个月", D("4"), "个月")]),
    ("G5、8公里", [("8公里", D("8"), "公里")]),
    ("每户补助3-5万元", [("3-5万元", D("3"), "万元")]),
    ("投入100、200余万元", [("200余万元", D("200"), "万元")]),
    ("第二、三批100户", [("100户", D("100"), "户")]),
    ("全县5、投入200万元", [("200万元", D("200"), "万元")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED, ids=[t for t, _ in UNCHANGED])
def test_numbers_that_do_not_share_a_unit(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.raw, f.value, f.unit) for f in quantities(text)] == expected


def test_years_before_a_year_stay_one_date() -> None:
    found = find_figures("2018、2019年分别脱贫100、200户", 2019)
    assert [(f.raw, f.kind, f.date_iso) for f in found] == [
        ("2019年", "date", "2019"),
        ("100", "count", None),
        ("200户", "count", None),
    ]


def test_a_shared_unit_list_is_read_as_the_parts_of_its_total() -> None:
    text = "全年投入资金600万元,其中产业、就业、教育分别为100、200、300万元。"
    figures = text_figures(text)
    raw = {f.figure_id: f.raw for f in figures}
    assert [
        (r.type, raw[r.parent_figure_id], [raw[c] for c in r.child_figure_ids])
        for r in find_relations(text, figures, "t")
    ] == [("sum", "600万元", ["100", "200", "300万元"])]


# ---------------------------------------------------------------- 3. a labelled list takes the unit of its last number
# '产业1000、教育200万元': each number follows its own short label, and the unit is printed once, after the last.
# text -> [(raw, value, unit, kind, base_value, label)]
LABELLED = [
    (
        "其中产业发展1000、基础设施500、教育200万元",
        [
            ("1000", D("1000"), "万元", "money", D("10000000"), "产业发展"),
            ("500", D("500"), "万元", "money", D("5000000"), "基础设施"),
            ("200万元", D("200"), "万元", "money", D("2000000"), "教育"),
        ],
    ),
    (
        "培训农民工120、致富带头人35、技术人员20人次",
        [
            ("120", D("120"), "人次", "count", D("120"), "农民工"),
            ("35", D("35"), "人次", "count", D("35"), "致富带头人"),
            ("20人次", D("20"), "人次", "count", D("20"), "技术人员"),
        ],
    ),
    (
        "产业1.5、基础设施2.3亿元",
        [
            ("1.5", D("1.5"), "亿元", "money", D("150000000"), "产业"),
            ("2.3亿元", D("2.3"), "亿元", "money", D("230000000"), "基础设施"),
        ],
    ),
    (
        "产业发展1000和教育200万元",
        [
            ("1000", D("1000"), "万元", "money", D("10000000"), "产业发展"),
            ("200万元", D("200"), "万元", "money", D("2000000"), "教育"),
        ],
    ),
    (
        "城镇就业300、农村转移就业500及公益岗位120人",
        [
            ("300", D("300"), "人", "count", D("300"), "城镇就业"),
            ("500", D("500"), "人", "count", D("500"), "农村转移就业"),
            ("120人", D("120"), "人", "count", D("120"), "公益岗位"),
        ],
    ),
    (
        "全年,种植业1,200、养殖业800、加工业300万元",
        [
            ("1,200", D("1200"), "万元", "money", D("12000000"), "种植业"),
            ("800", D("800"), "万元", "money", D("8000000"), "养殖业"),
            ("300万元", D("300"), "万元", "money", D("3000000"), "加工业"),
        ],
    ),
    (
        "其中:省级资金600、市级资金300、县级资金100万元",
        [
            ("600", D("600"), "万元", "money", D("6000000"), "省级资金"),
            ("300", D("300"), "万元", "money", D("3000000"), "市级资金"),
            ("100万元", D("100"), "万元", "money", D("1000000"), "县级资金"),
        ],
    ),
    (
        "小学入学率99.5、初中入学率98.2%",
        [
            ("99.5", D("99.5"), "%", "percent", D("99.5"), "小学入学率"),
            ("98.2%", D("98.2"), "%", "percent", D("98.2"), "初中入学率"),
        ],
    ),
    (
        "茶叶12、魔芋8、中药材5个",
        [
            ("12", D("12"), "个", "count", D("12"), "茶叶"),
            ("8", D("8"), "个", "count", D("8"), "魔芋"),
            ("5个", D("5"), "个", "count", D("5"), "中药材"),
        ],
    ),
    (
        "产业到户0.5、就业奖补0.2万元",
        [
            ("0.5", D("0.5"), "万元", "money", D("5000"), "产业到户"),
            ("0.2万元", D("0.2"), "万元", "money", D("2000"), "就业奖补"),
        ],
    ),
    (
        "修建道路12、水渠3.5公里",
        [
            ("12", D("12"), "公里", "other", D("12"), "修建道路"),
            ("3.5公里", D("3.5"), "公里", "other", D("3.5"), "水渠"),
        ],
    ),
    (
        "全年投入资金600万元,其中产业400、就业200万元。",
        [
            ("600万元", D("600"), "万元", "money", D("6000000"), "资金"),
            ("400", D("400"), "万元", "money", D("4000000"), "产业"),
            ("200万元", D("200"), "万元", "money", D("2000000"), "就业"),
        ],
    ),
    (
        "东片10、西片20、南片30和北片40公里",
        [
            ("10", D("10"), "公里", "other", D("10"), "东片"),
            ("20", D("20"), "公里", "other", D("20"), "西片"),
            ("30", D("30"), "公里", "other", D("30"), "南片"),
            ("40公里", D("40"), "公里", "other", D("40"), "北片"),
        ],
    ),
    (
        "其中男性120、女性80人",
        [
            ("120", D("120"), "人", "count", D("120"), "男性"),
            ("80人", D("80"), "人", "count", D("80"), "女性"),
        ],
    ),
    (
        "产业１０００、教育２００万元",
        [
            ("1000", D("1000"), "万元", "money", D("10000000"), "产业"),
            ("200万元", D("200"), "万元", "money", D("2000000"), "教育"),
        ],
    ),
    (
        "县财政1000及社会资本500万元",
        [
            ("1000", D("1000"), "万元", "money", D("10000000"), "县财政"),
            ("500万元", D("500"), "万元", "money", D("5000000"), "社会资本"),
        ],
    ),
    (
        "建成光伏电站5、村级卫生室12处",
        [
            ("5", D("5"), "处", "count", D("5"), "光伏电站"),
            ("12处", D("12"), "处", "count", D("12"), "村级卫生室"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED, ids=[t for t, _ in LABELLED])
def test_labelled_numbers_before_a_unit_share_it(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.raw, f.value, f.unit, f.kind, f.base_value, f.label) for f in quantities(text)] == expected


def test_labelled_figures_keep_their_own_spans_and_exact_values() -> None:
    text = "其中产业发展1000、基础设施500、教育200万元"
    found = quantities(text)
    assert [text[f.start : f.end] for f in found] == ["1000", "500", "200万元"]
    assert all(type(f.value) is Decimal and f.base_unit == "元" and f.value_max is None for f in found)


def test_a_labelled_list_is_read_as_the_parts_of_its_total() -> None:
    text = "全年投入资金600万元,其中产业400、就业200万元。"
    figures = text_figures(text)
    raw = {f.figure_id: f.raw for f in figures}
    assert [
        (r.type, raw[r.parent_figure_id], [raw[c] for c in r.child_figure_ids])
        for r in find_relations(text, figures, "t")
    ] == [("sum", "600万元", ["400", "200万元"])]


# ---------------------------------------------------------------- 4. what a labelled list must not reach
# text -> [(raw, value, unit)]: the same figures as before the rule
LABELLED_UNCHANGED = [
    ("2019年产业1000、教育200万元", [("200万元", D("200"), "万元")]),  # a year before the first label
    ("产业1000、2019年教育200万元", [("200万元", D("200"), "万元")]),  # a year inside the list
    ("1月产业100、2月教育200万元", [("200万元", D("200"), "万元")]),  # months
    ("第一组100、第二组200人", [("200人", D("200"), "人")]),  # ordinals
    ("第1组100、第2组200人", [("200人", D("200"), "人")]),
    ("一村100、二村200户", [("二村", D("2"), "村"), ("200户", D("200"), "户")]),  # number words in the labels
    ("一是产业100、二是教育200万元", [("200万元", D("200"), "万元")]),
    ("十三五期间产业100、教育200万元", [("200万元", D("200"), "万元")]),
    ("1、产业100、2、教育200万元", [("200万元", D("200"), "万元")]),  # item numbers
    ("产业A100、教育200万元", [("200万元", D("200"), "万元")]),  # glued to a Latin letter
    ("产业100万元、就业200人", [("100万元", D("100"), "万元"), ("200人", D("200"), "人")]),  # own units
    ("产业1000、就业200人、教育300万元", [("200人", D("200"), "人"), ("300万元", D("300"), "万元")]),
    ("3个村、5个乡镇共200户", [("3个", D("3"), "个"), ("5个", D("5"), "个"), ("200户", D("200"), "户")]),
    ("村3个、乡镇5个共200户", [("3个", D("3"), "个"), ("5个", D("5"), "个"), ("200户", D("200"), "户")]),
    ("紫政发〔2020〕37号文件下达100、产业200万元", [("200万元", D("200"), "万元")]),  # a document number
    ("热线12345、受理投诉200件", [("200件", D("200"), "件")]),  # a phone number
    ("产业1000,教育200万元", [("200万元", D("200"), "万元")]),  # another clause
    ("产业1000;教育200万元", [("200万元", D("200"), "万元")]),
    ("产业1000:教育200万元", [("200万元", D("200"), "万元")]),
    ("产业1000。教育200万元", [("200万元", D("200"), "万元")]),
    ("产业发展项目资金总额1000、教育200万元", [("200万元", D("200"), "万元")]),  # a label too long
    ("产业、教育1000、就业200万元", [("200万元", D("200"), "万元")]),  # labels listed before a number
    ("产业1000、就业、教育200万元", [("200万元", D("200"), "万元")]),
    ("产业约1000、教育200万元", [("200万元", D("200"), "万元")]),  # an approximate item
    ("产业1000、教育约200万元", [("200万元", D("200"), "万元")]),
    ("产业1000、教育200余万元", [("200余万元", D("200"), "万元")]),
    ("全县5、投入200万元", [("200万元", D("200"), "万元")]),  # a verb is no label: the number starts a new clause
    ("培训120、带动200人", [("200人", D("200"), "人")]),
    ("成立于2015、注册资本500万元", [("500万元", D("500"), "万元")]),  # a year without 年
    ("产业100、教育200、就业300", []),  # no unit at all
    ("产业1000、教育200万元、就业300", [("200万元", D("200"), "万元")]),  # nothing after the figure
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_UNCHANGED, ids=[t for t, _ in LABELLED_UNCHANGED])
def test_labelled_numbers_that_do_not_share_a_unit(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.raw, f.value, f.unit) for f in quantities(text)] == expected
