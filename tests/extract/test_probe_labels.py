"""Labels a probe of report sentences read wrong: filler words read as the label ('率达到', '共', '和'), and a
total printed after its parts labelled by the last part instead of its cue ('以上合计3860万元' is the 合计, not the
last item).
"""

from __future__ import annotations

import pytest

from extract.figures import find_figures
from extract.labels import clean_label
from extract.layout import normalize_char


def labels(text: str) -> list[tuple[str, str]]:
    normalized = "".join(normalize_char(ch) for ch in text)
    return [(f.raw, f.label) for f in find_figures(normalized, 2018) if f.kind != "date"]


# ---------------------------------------------------------------- 1. a filler word is no label
# text -> [(raw, label)]
FILLERS = [
    ("资金到位率达到百分之百,项目完工率达到百分之九十五。", [("百分之百", "资金到位率"), ("百分之九十五", "完工率")]),
    ("“一村一品”产业覆盖率达到85%。", [("85%", "产业覆盖率")]),
    ("全县村庄绿化覆盖率达到38.6%。", [("38.6%", "村庄绿化覆盖率")]),
    ("修建排洪渠7条共4.2公里。", [("7条", "修建排洪渠"), ("4.2公里", "修建排洪渠")]),
    ("苏陕协作项目共计42个", [("42个", "苏陕协作项目")]),
    ("新增就业岗位120个和300个", [("120个", "就业岗位"), ("300个", "就业岗位")]),
]
# must not change: a verb that cuts off a real noun, and a noun after the measure word
FILLERS_KEPT = [
    ("获得协作支持资金1000万元", [("1000万元", "协作支持资金")]),
    ("受益贫困人口达550人", [("550人", "受益贫困人口")]),
    ("选派5名干部赴新北区", [("5名", "干部")]),
    ("就业率为95%", [("95%", "就业率")]),
    ("近2000人", [("2000人", "")]),
]


@pytest.mark.parametrize(("text", "expected"), FILLERS + FILLERS_KEPT, ids=[t for t, _ in FILLERS + FILLERS_KEPT])
def test_filler_word_is_no_label(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


# ---------------------------------------------------------------- 2. a closing total is labelled by its cue
CLOSING_TOTALS = [
    ("其他0.13亿元,以上合计3.86亿元。", [("0.13亿元", "其他"), ("3.86亿元", "以上合计")]),
    ("产业项目2150万元、基础设施1200万元、其他510万元,三项合计3860万元。",
     # 三项 names the items totalled, no quantity (the second held-out set): the total is labelled by the whole cue
     [("2150万元", "产业项目"), ("1200万元", "基础设施"), ("510万元", "其他"), ("3860万元", "三项合计")]),
    ("中央资金500万元、省级资金300万元,合计800万元。",
     [("500万元", "中央资金"), ("300万元", "省级资金"), ("800万元", "合计")]),
]
# must not change: a total word in a clause with a noun keeps the noun
CLOSING_TOTALS_KEPT = [
    ("投入教育帮扶资金共计1260万元", [("1260万元", "教育帮扶资金")]),
    ("合计投入资金800万元", [("800万元", "资金")]),
    ("选派专业技术人才3批次共计86人", [("3批次", "专业技术人才"), ("86人", "专业技术人才")]),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_TOTALS + CLOSING_TOTALS_KEPT, ids=[t for t, _ in CLOSING_TOTALS + CLOSING_TOTALS_KEPT])
def test_closing_total_is_labelled_by_its_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("clause", "label"), [("以上合计", "以上合计"), ("共计", "共计"), ("共", ""), ("和", ""), ("的", "")])
def test_clean_label_keeps_a_total_cue_and_drops_fillers(clause: str, label: str) -> None:
    assert clean_label(clause) == label
