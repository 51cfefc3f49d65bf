"""Rules from probe 43 (60 excerpts written blind: 审计, 人大预算审查, 国有资产, 公积金, 集体产权, 林草, 信访, 司法,
民政; 12 planted errors), tested on sentences of our own. Shares that must make 100% are no longer asked to when
they are some of the whole: ranked first few (最多, 其次 …), making far less than 100% (less than 80%: a misprint
misses by less), or each the share of an amount listed before it when the amounts do not add up to the whole the
shares say they are of (天然林 and 公益林 overlap). A sub-group cue may name its total by the verb and head noun of
its clause ('共受理各类案件86425件。受理案件中,…分别为…'), and a 分别 right after it says its list; a stock at the end of
a year opens the next year when the sentence after names it ('2022年末…。2023年新增…,至年末…')."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed, relations_refer_to_figures
from hypothesis import given, settings

CASES = [
    pytest.param("从投诉类型看,物业服务类投诉最多,占36.5%;其次为价格类和质量类,分别占21.2%和17.6%。", [], id="ranked"),
    pytest.param("从支出结构看,城乡社区、交通运输、节能环保支出分别占一般公共预算支出的14.2%、8.7%和6.1%。", [], id="far-short"),
    pytest.param("全县耕地面积62.4万亩;水田38.1万亩,旱地29.6万亩,分别占耕地面积的61.1%和47.4%。", [], id="shares-of-listed-amounts"),
    # still shares of one whole: all of it, said as a composition
    pytest.param("从支出结构看,城乡社区、交通运输、节能环保支出分别占14.2%、58.7%和27.1%。",
                 [(("share", None, ["14.2%", "58.7%", "27.1%"], "分别占", True), "high")], id="composition"),
    pytest.param("从支出结构看,城乡社区、交通运输、节能环保支出分别占14.2%、58.7%和28.1%。",
                 [(("share", None, ["14.2%", "58.7%", "28.1%"], "分别占", False), "high")], id="composition-planted"),
    # amounts that add up to the whole their shares say they are of: their shares are all of it
    pytest.param("全县常住人口中,城镇人口18.6万人、乡村人口21.4万人,分别占总人口的46.5%和53.6%。",
                 [(("share", None, ["46.5%", "53.6%"], "分别占", False), "high")], id="halves-planted"),
]


C = "年初 + 增加 − 减少 = 年末"
CASES += [
    pytest.param("全年共受理信访事项3265件。受理事项中,网上信访、来信、来访分别为1820件、615件、830件。",
                 [(("sum", "3265件", ["1820件", "615件", "830件"], "受理事项中", True), "high")], id="received-by-channel"),
    pytest.param("全年共受理信访事项3265件。受理事项中,网上信访、来信、来访分别为1820件、651件、830件。",
                 [(("sum", "3265件", ["1820件", "651件", "830件"], "受理事项中", False), "high")], id="received-by-channel-planted"),
    pytest.param("2023年末全县森林面积为52.6万亩。2024年新增造林面积1.3万亩,因项目建设占用减少0.2万亩,年末森林面积53.7万亩。",
                 [(("balance", "53.7万亩", ["52.6万亩", "1.3万亩", "−0.2万亩"], C, True), "high")], id="year-end-opens-the-next"),
    pytest.param("2023年末全县森林面积为52.6万亩。2024年新增造林面积1.3万亩,因项目建设占用减少0.2万亩,年末森林面积54.7万亩。",
                 [(("balance", "54.7万亩", ["52.6万亩", "1.3万亩", "−0.2万亩"], C, False), "high")], id="year-end-opens-the-next-planted"),
    # the next year not said: no opening (which year the changes are of is not known)
    pytest.param("2023年末全县森林面积为52.6万亩。新增造林面积1.3万亩,因项目建设占用减少0.2万亩,年末森林面积53.7万亩。", [],
                 id="year-end-alone"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe43_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.万亿元亩人%、,;。占分别最多其次从看", repeat=4))
def test_probe43_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
