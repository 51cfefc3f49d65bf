"""A single character that often opens a clause without naming anything (在, 有, 对, 使, 可, 从 …) is dropped from
a label's front only when it does not begin the word itself: 对口帮扶资金 keeps 对口, 使用率 keeps 使用."""

from __future__ import annotations

import pytest

from extract.labels import clean_label

WORDS_KEPT = [
    ("对口帮扶资金", "对口帮扶资金"),
    ("从业人员", "从业人员"),
    ("达标户", "达标户"),
    ("并网发电量", "并网发电量"),
    ("可支配收入", "可支配收入"),
    ("使用率", "使用率"),
    ("在岗率", "在岗率"),
    ("有效灌溉面积", "有效灌溉面积"),
    ("在校学生", "在校学生"),
    ("在建项目", "在建项目"),
    ("能源消耗", "能源消耗"),
    ("共同富裕示范村", "共同富裕示范村"),
    ("和平村脱贫户", "和平村脱贫户"),
    ("向阳镇搬迁户", "向阳镇搬迁户"),
    ("与会人员", "与会人员"),
    ("等级公路", "等级公路"),
    ("约束性指标", "约束性指标"),
    ("均衡发展资金", "均衡发展资金"),
    ("再就业人数", "再就业人数"),
    ("有劳动能力的", "有劳动能力"),  # a trailing 的 is dropped (labels.TRAILING_NOISE), the leading 有 kept
]
NOISE_DROPPED = [  # as before: the character is a preposition, an adverb or a verb of its own there
    ("在全县建成", "全县建成"),
    ("有贫困户", "贫困户"),
    ("对贫困学生资助", "贫困学生资助"),
    ("已建成", "建成"),
    ("共有党员", "党员"),
    ("可带动就业", "就业"),
    ("使贫困户增收", "贫困户增收"),
    ("从东部引进企业", "企业"),
]


@pytest.mark.parametrize(("clause", "label"), WORDS_KEPT + NOISE_DROPPED)
def test_a_leading_character_is_noise_only_when_it_does_not_begin_the_word(clause: str, label: str) -> None:
    assert clean_label(clause) == label


NOUNS_NOT_CUT = [
    ("社会组织捐赠", "社会组织捐赠"),
    ("集体经济组织收入", "集体经济组织收入"),
    ("党组织书记", "党组织书记"),
    ("产业项目资金", "产业项目资金"),
    ("协作项目经费", "协作项目经费"),
    # the verb or the name still cuts
    ("组织培训", "培训"),
    ("实施产业项目带动就业", "就业"),
    ("龙头企业有限公司捐赠", "捐赠"),
]


@pytest.mark.parametrize(("clause", "label"), NOUNS_NOT_CUT)
def test_a_noun_that_holds_a_cutting_word_is_kept_whole(clause: str, label: str) -> None:
    assert clean_label(clause) == label


CLAUSES = [
    # a clause longer than a label may be is cut where a word begins, not inside one
    ("城镇和农村居民人均可支配收入分别增长", "农村居民人均可支配收入分别增长"),
    ("农民收入增速高于全县农村居民人均可支配收入", "全县农村居民人均可支配收入"),
    # a threshold's 以上 belongs to the figure before; a verb of growth ends no label
    ("以上的行政村", "行政村"),
    ("农民专业合作社发展到", "农民专业合作社"),
    ("家庭农场增加至", "家庭农场"),
]


@pytest.mark.parametrize(("clause", "label"), CLAUSES)
def test_long_clauses_and_qualifiers(clause: str, label: str) -> None:
    assert clean_label(clause) == label
