"""Rules from probe 55 (60 excerpts written blind from a 县政府工作报告, 整改报告, 衔接资金绩效自评 and 防汛救灾总结, 12
planted errors), tested on sentences of our own: 其中 with the names listed before 分别为 is one 其中 list (some of the
total, maybe); 按…构成 classifies; what came in or went out before a balance's opening, in its sentence, is one of
its changes, and a figure there that no verb signs for the stock leaves the balance unsure (a warning); the states
of what was found (已整改…, 正在整改…, 需长期坚持的…) together make it."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

C = "年初 + 增加 − 减少 = 年末"
CASES = [
    pytest.param("全县耕地面积52.6万亩,其中水田、旱地面积分别为20.3万亩、25.1万亩。",
                 [(("sum", "52.6万亩", ["20.3万亩", "25.1万亩"], "其中", False), "low")], id="qizhong-then-fenbie-some"),
    pytest.param("全县户籍人口36.82万人,其中城镇、农村人口分别为15.46万人、21.63万人。",
                 [(("sum", "36.82万人", ["15.46万人", "21.63万人"], "其中", False), "high")], id="qizhong-then-fenbie-planted"),
    pytest.param("按支出用途构成,人员经费占42.5%,公用经费占18.3%,项目支出占39.2%。",
                 [(("share", None, ["42.5%", "18.3%", "39.2%"], "按支出用途构成", True), "high")], id="by-composition"),
    pytest.param("按支出用途构成,人员经费占42.5%,公用经费占18.3%,项目支出占38.2%。",
                 [(("share", None, ["42.5%", "18.3%", "38.2%"], "按支出用途构成", False), "high")], id="by-composition-planted"),
    pytest.param("全年新增发放创业担保贷款1,250万元,扶持创业620人;年初贷款余额3,400万元,本年收回到期贷款980万元,年末贷款余额3,670万元。",
                 [(("balance", "3,670万元", ["3,400万元", "1,250万元", "−980万元"], C, True), "high")], id="flow-before-opening"),
    pytest.param("全年新增发放创业担保贷款1,250万元,扶持创业620人;年初贷款余额3,400万元,本年收回到期贷款980万元,年末贷款余额3,760万元。",
                 [(("balance", "3,760万元", ["3,400万元", "1,250万元", "−980万元"], C, False), "high")], id="flow-before-opening-planted"),
    # the states of what was found ('已整改…,正在整改…,需长期坚持整改的…'), together all of it
    pytest.param("巡察反馈问题46个,已整改到位38个,正在整改6个,需长期坚持的2个。",
                 [(("sum", "46个", ["38个", "6个", "2个"], "已…正在…", True), "high")], id="states-of-what-was-found"),
    pytest.param("针对巡察反馈的3方面46个问题,县委逐项制定整改措施。目前已整改到位38个,正在整改7个,需长期坚持的2个。",
                 [(("sum", "46个", ["38个", "7个", "2个"], "已…正在…", False), "high")], id="states-a-sentence-after-planted"),
    pytest.param("巡察反馈问题46个,已整改到位30个,正在整改6个,需长期坚持的2个。",
                 [(("sum", "46个", ["30个", "6个", "2个"], "已…正在…", False), "low")], id="states-some-unsaid"),
    pytest.param("全年受理信访事项46件,已办结38件,新增化解积案6件。", [], id="done-then-another-kind"),
    pytest.param("全年为脱贫人口发放产业奖补资金1,250万元;年初贷款余额3,400万元,本年收回到期贷款980万元,年末贷款余额3,670万元。",
                 [(("balance", "3,670万元", ["3,400万元", "−980万元"], C, False), "low")], id="unsigned-for-the-stock-before-opening"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe55_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,万元亩人%、,;。其中分别为按构成年初年末发放收回", repeat=4))
def test_probe55_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
