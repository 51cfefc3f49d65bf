"""Rules from probe 69 (60 excerpts written blind from 教育, 民政, 医保, 住建, 交通, 水利, 文旅, 生态环境 and other reports,
12 planted errors), tested on sentences of our own: a bracket closed before 其中 is an aside, not the total the list
breaks down; a bracketed 其中 list is read by the 其中 rule alone (not again as bracketed parts); a part's name cut at a
bracket (小(一)型) is read whole; shares after 其中 that make up an amount said before them must total 100%; a figure
after 上述 restates one before it, in the same sentence too."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

R = "同一数字两处出现: "
CASES = [
    pytest.param("全县农村供水受益人口达28.46万人(上年为27.90万人),其中脱贫人口6.12万人、一般农户22.34万人。",
                 [(("sum", "28.46万人", ["6.12万人", "22.34万人"], "其中", True), "high")], id="an-aside-before-qizhong"),
    pytest.param("全县设立县、乡、村三级林长615名(其中县级林长15名、乡级林长104名),全年巡林2.3万人次。",
                 [(("subset", "615名", ["15名"], "其中", True), "high"), (("subset", "615名", ["104名"], "其中", True), "high")],
                 id="a-bracketed-qizhong-read-once"),
    pytest.param("全县设立各级林长615名(其中县级林长15名、乡级林长104名、村级林长497名)。",
                 [(("sum", "615名", ["15名", "104名", "497名"], "其中", False), "high")], id="a-bracketed-qizhong-misprinted"),
    pytest.param("全县共有灌区41处,其中中型灌区6处、小(一)型灌区13处、小(二)型灌区22处。",
                 [(("sum", "41处", ["6处", "13处", "22处"], "其中", True), "high")], id="names-not-cut-at-brackets"),
    pytest.param("全年完成水路货运量412.6万吨,增长5.1%;其中煤炭占44.2%、矿建材料占31.5%、其他货物占24.0%。",
                 [(("share", None, ["44.2%", "31.5%", "24.0%"], "其中", False), "high")], id="composition-after-qizhong"),
    pytest.param("全县户籍人口41.2万人,其中男性占51.3%、女性占48.7%。",
                 [(("share", None, ["51.3%", "48.7%"], "其中", True), "high")], id="composition-without-other"),
    pytest.param("全年接待游客528万人次,其中省外游客占42.5%、过夜游客占38.6%。", [], id="some-groups-shares"),
    pytest.param("全年发放残疾人两项补贴2,318.45万元;上述资金2,381.45万元已全部直达个人账户。",
                 [(("repeat", "2,318.45万元", ["2,381.45万元"], R + "补贴", False), "high")], id="said-again-in-one-sentence"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe69_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,人名处%亿万元、,;。其中占上述()", repeat=4))
def test_probe69_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
