"""Classes counted among a total ('全县168个行政村中,一类村45个,二类村80个,三类村43个'): a total followed by 中 and
figures of its measure, each named by a class of one scale (一类/二类, I类/IV类, 一等/二等, 优级/良级, 大型/小型),
are disjoint parts of it. They need not be all of it (a class may go unmentioned), so together they may not pass it:
a subset relation of their sum. Attributes that may overlap (通硬化路, 通自来水), classes 'and up', and lists with a
figure of the measure that names no class give no relation. From probe 41 (a water-quality count over its total),
tested on sentences of our own."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, printed
from hypothesis import given, settings
from hypothesis import strategies as st

CASES = [
    pytest.param("全县168个行政村中,一类村45个,二类村80个,三类村43个。",
                 [(("subset", "168个", ["45个", "80个", "43个"], "中", True), "high")], id="village-classes-all"),
    pytest.param("全县168个行政村中,一类村45个,二类村80个,三类村53个。",
                 [(("subset", "168个", ["45个", "80个", "53个"], "中", False), "high")], id="village-classes-over"),
    pytest.param("全市12个监测点位中,Ⅱ类水质点位7个、Ⅲ类水质点位6个。",
                 [(("subset", "12个", ["7个", "6个"], "中", False), "high")], id="water-classes-over"),
    pytest.param("全市12个监测点位中,Ⅱ类水质点位7个、Ⅲ类水质点位4个,未出现劣Ⅴ类点位。",
                 [(("subset", "12个", ["7个", "4个"], "中", True), "high")], id="water-classes-some"),
    pytest.param("参加比赛的86名选手中,获一等奖的5名、二等奖12名、三等奖20名。",
                 [(("subset", "86名", ["5名", "12名", "20名"], "中", True), "high")], id="prize-grades"),
    pytest.param("在已建成的45个项目中,大型项目5个、中型项目16个、小型项目24个。",
                 [(("subset", "45个", ["5个", "16个", "24个"], "中", True), "high")], id="sizes"),
    pytest.param("全年有效监测的365天中,优级天数146天、良级天数185天。",
                 [(("subset", "365天", ["146天", "185天"], "中", True), "high")], id="air-grades"),
    pytest.param("参评的2400户中,A级信用户1500户,B级信用户1000户。",
                 [(("subset", "2400户", ["1500户", "1000户"], "中", False), "high")], id="letter-grades-over"),
    pytest.param("全县45所学校中:甲等学校12所;乙等学校20所;丙等学校13所。",
                 [(("subset", "45所", ["12所", "20所", "13所"], "中", True), "high")], id="colon-and-semicolons"),
    # the classes named first, then 分别 and their figures (and no one-part subsets beside the list)
    pytest.param("全县36所学校中,一级、二级、三级学校分别为8所、17所、11所。",
                 [(("subset", "36所", ["8所", "17所", "11所"], "中", True), "high")], id="classes-named-first"),
    pytest.param("全县36所学校中,一级、二级、三级学校分别为8所、19所、11所。",
                 [(("subset", "36所", ["8所", "19所", "11所"], "中", False), "high")], id="classes-named-first-over"),
    # fewer classes than figures: not this rule's (the 分别为 list's own reading stands)
    pytest.param("全县36所学校中,一级、二级学校分别为8所、17所、11所。",
                 [(("sum", "36所", ["8所", "17所", "11所"], "分别为", True), "high")], id="fewer-classes-than-figures"),
    # attributes that may overlap: no relation
    pytest.param("全县128个行政村中,通硬化路的120个,通自来水的115个。", [], id="attributes"),
    # a class 'and up' holds the classes above it
    pytest.param("全县36所学校中,二级以上学校20所、一级学校9所。", [], id="and-up"),
    # a figure of the measure that names no class: the list is not of classes
    pytest.param("全县36个项目中,一类项目20个,已开工30个。", [], id="not-all-classes"),
    pytest.param("18个项目中,8个已开工,10个正在开展前期工作。", [], id="no-classes"),
    # one class only is no list
    pytest.param("全市18个考核断面中,Ⅰ—Ⅲ类断面16个,占88.9%。", [], id="one-class"),
    # the same class twice is no split (the 其中 after it is a subset of its own)
    pytest.param("全县60个村中,一类村20个,其中一类村中的示范村8个。",
                 [(("subset", "20个", ["8个"], "其中一类村中", True), "high")], id="same-class-twice"),
    # 中 not after a count of the total
    pytest.param("在项目实施过程中,一类项目20个,二类项目30个。", [], id="not-after-a-total"),
    # figures of another measure after the classes are left out
    pytest.param("全县168个行政村中,一类村45个,二类村80个,三类村43个,覆盖人口12.6万人。",
                 [(("subset", "168个", ["45个", "80个", "43个"], "中", True), "high")], id="other-measure-after"),
    # the list ends with its sentence
    pytest.param("全县168个行政村中,一类村45个,二类村80个。三类村43个,比上年减少5个。",
                 [(("subset", "168个", ["45个", "80个"], "中", True), "high")], id="sentence-ends"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_classes_among_a_total(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 900), min_size=2, max_size=5), st.integers(-30, 30),
       st.sampled_from(["类", "级", "等"]), st.sampled_from(["个", "户", "所"]))
def test_classes_among_any_counts(counts: list[int], slack: int, scale: str, unit: str) -> None:
    """Whatever the counts, the classes are one subset of the total, failing exactly when they pass it."""
    total = sum(counts) + slack
    if total <= 0:
        return
    names = "一二三四五"
    listed = "、".join(f"{names[i]}{scale}单位{n}{unit}" for i, n in enumerate(counts))
    text = f"全县参加评定的{total}{unit}单位中,{listed}。"
    assert checked_with_confidence(printed(text)) == [
        (("subset", f"{total}{unit}", [f"{n}{unit}" for n in counts], "中", slack >= 0), "high")
    ]
