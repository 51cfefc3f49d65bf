"""Rules from probe 51 (60 excerpts written blind on 应急管理, 水利, 住建, 科技, 商务, 税务, 市场监管 and 退役军人, 12
planted errors), tested on sentences of our own:

- a total followed by 中 lists its parts as 其中 does ('全县税收收入13.45亿元中,增值税…、其他税种…');
- a figure named as the total is with another word in its middle ('排查一般隐患…;排查重大隐患…') is a sibling of the
  total, no part of it, and ends its 其中 list;
- a balance whose changes both add and take away ends at a semicolon that opens another statement
  ('…退出258户;全年发放租赁补贴1,864户');
- shares end at a rate of change ('…其他贸易方式占4.7%;对东盟进出口增长12.6%') and after an item named 其他;
- a figure a plan builds on ('在全年研发经费投入8.74亿元的基础上') is the year's figure printed again;
- the same count printed twice with two neighbouring digits swapped, under two names that share four characters
  ('安全培训3,268人次' … '参训的…安全管理人员3,286人次'), is a misprinted repeat.
"""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed, relations_refer_to_figures
from hypothesis import given, settings

C = "年初 + 增加 − 减少 = 年末"
R = "同一数字两处出现: "
CASES = [
    # a total and 中
    pytest.param("全年一般公共预算支出21.6亿元中,教育支出4.35亿元、卫生健康支出2.18亿元、农林水支出5.07亿元、其他支出10.0亿元。",
                 [(("sum", "21.6亿元", ["4.35亿元", "2.18亿元", "5.07亿元", "10.0亿元"], "中", True), "high")],
                 id="total-then-zhong"),
    pytest.param("全年发放创业担保贷款3,260万元中,个人创业贷款1,850万元、小微企业贷款1,120万元、其他贷款310万元。",
                 [(("sum", "3,260万元", ["1,850万元", "1,120万元", "310万元"], "中", False), "high")],
                 id="total-then-zhong-planted"),
    pytest.param("在过去的3个月中,共受理投诉举报1,126件,办结1,098件。", [], id="months-then-zhong-no-list"),
    # a sibling of the total ends its list
    pytest.param("全年检查一般风险点2,316处,其中已管控2,290处,管控率98.9%;检查重大风险点41处,全部落实管控措施。",
                 [(("subset", "2,316处", ["2,290处"], "其中", True), "high")], id="sibling-after-semicolon"),
    pytest.param("全年排查各类隐患2,316处,其中已整改2,290处;排查重大隐患26处,全部完成整改。",
                 [(("sum", "2,316处", ["2,290处", "26处"], "其中", True), "high")], id="all-kinds-keep-their-parts"),
    pytest.param("门诊费用支出6,240万元,其中普通门诊支出3,100万元、慢病门诊支出2,600万元、两病门诊用药支出540万元。",
                 [(("sum", "6,240万元", ["3,100万元", "2,600万元", "540万元"], "其中", True), "high")], id="part-with-a-shortened-name"),
    # a balance ends at a semicolon that opens another statement
    pytest.param("年末全市廉租住房在租家庭4,120户,年初为3,875户,年内新增保障家庭612户,退出367户;全年发放住房补贴2,048户、1,126.5万元。",
                 [(("balance", "4,120户", ["3,875户", "612户", "−367户"], C, True), "high")], id="balance-then-another-statement"),
    pytest.param("年末全市廉租住房在租家庭4,102户,年初为3,875户,年内新增保障家庭612户,退出367户;全年发放住房补贴2,048户。",
                 [(("balance", "4,102户", ["3,875户", "612户", "−367户"], C, False), "high")], id="balance-then-another-statement-planted"),
    # a year's end opens the next year named in the next clause (PDF probe 52)
    pytest.param("2023年末结余帮扶资金186.20万元,2024年拨入资金2,350.00万元,全年支出资金2,211.45万元,年末结余资金324.75万元。",
                 [(("balance", "324.75万元", ["186.20万元", "2,350.00万元", "−2,211.45万元"], C, True), "high")], id="year-end-then-next-year"),
    pytest.param("2023年末结余帮扶资金186.20万元,2024年拨入资金2,350.00万元,全年支出资金2,211.45万元,年末结余资金342.75万元。",
                 [(("balance", "342.75万元", ["186.20万元", "2,350.00万元", "−2,211.45万元"], C, False), "high")], id="year-end-then-next-year-planted"),
    pytest.param("2023年末结余帮扶资金186.20万元,2023年拨入资金2,350.00万元。", [], id="year-end-then-same-year"),
    # shares end at a rate of change, and after an item named 其他
    pytest.param("从经营主体看,民营企业进出口占全市外贸总额的64.2%,国有企业占21.5%,外资企业等其他主体占14.3%;对东盟进出口增长9.8%。",
                 [(("share", None, ["64.2%", "21.5%", "14.3%"], "从经营主体看", True), "high")], id="shares-then-growth"),
    pytest.param("从经营主体看,民营企业进出口占全市外贸总额的64.2%,国有企业占21.5%,外资企业等其他主体占15.3%;对东盟进出口增长9.8%。",
                 [(("share", None, ["64.2%", "21.5%", "15.3%"], "从经营主体看", False), "high")], id="shares-then-growth-planted"),
    # a plan that builds on the year's figure prints it again
    pytest.param("全年完成水利投资12.68亿元,同比增长8.1%。\n下一步,我们将在全年完成水利投资12.86亿元的基础上,力争再上新台阶。",
                 [(("repeat", "12.68亿元", ["12.86亿元"], R + "完成水利投资", False), "high")], id="plan-builds-on-figure-planted"),
    pytest.param("全年完成水利投资12.68亿元,同比增长8.1%。\n下一步,力争完成水利投资15.00亿元。", [], id="plan-target-no-repeat"),
    # the same count twice, digits swapped, under two names sharing words
    pytest.param("全年开展农村消防安全宣传培训4,517人次,发放宣传册3.2万份。年内参加农村消防安全宣传培训的群众4,571人次均签订了承诺书。",
                 [(("repeat", "4,517人次", ["4,571人次"], R + "农村消防安全宣传培训", False), "high")], id="swapped-two-names-planted"),
    pytest.param("(三)严格执法办案。全年查处价格违法案件1,254件,办结1,198件。全年查处的1,245件价格违法案件中,移送司法机关9件。",
                 [(("repeat", "1,254件", ["1,245件"], R + "价格违法案件", False), "high")], id="swapped-within-one-numbered-item-planted"),
    pytest.param("全年新增市场主体4,517户,同比增长6.2%。注销市场主体4,571户,市场主体总量保持稳定。", [], id="swapped-two-verbs-no-repeat"),
    pytest.param("全年检查食品生产企业1,426家次,发现问题企业1,246家次,均已督促整改到位。", [], id="swapped-one-sentence-no-repeat"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe51_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,万元亿户处人次、,;。中其中其他占增长的基础上年初年末", repeat=4))
def test_probe51_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
