"""Balances whose opening and closing stocks are printed before the changes between them, tested on sentences of
our own (a leftover of the roll-forward rule, which read the changes only between the two stocks):
'余额由年初的A增至年末的B,全年新增C,偿还D' and '年初、年末余额分别为A和B,当年新增C,偿还D' check A + C − D = B.

What came in and what went out must both be said: a gross flow alone ('全年新增贷款35.6亿元') is not the whole of a
stock's change, and flows of another stock ('存款…增至…,新增贷款…') are none of its. And a 分别 list answering an earlier one of its sentence
item by item ('年初和年末分别有企业120家和98家,其中规上企业分别为36家和41家') is within those figures, each within its
own, not a breakdown of the last (a false error alert before)."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed, relations_refer_to_figures
from hypothesis import given, settings

C = "年初 + 增加 − 减少 = 年末"
CASES = [
    pytest.param("全县各项贷款余额由年初的112.5亿元增至年末的128.5亿元,全年新增贷款35.6亿元,到期偿还19.6亿元。",
                 [(("balance", "128.5亿元", ["112.5亿元", "35.6亿元", "−19.6亿元"], C, True), "high")], id="rise-then-flows"),
    pytest.param("全县各项贷款余额由年初的112.5亿元增至年末的128.7亿元,全年新增贷款35.6亿元,到期偿还19.6亿元。",
                 [(("balance", "128.7亿元", ["112.5亿元", "35.6亿元", "−19.6亿元"], C, False), "high")], id="rise-then-flows-planted"),
    pytest.param("政府债务余额从上年末的50亿元降至年末的45亿元,全年偿还到期债务12亿元,新增举借7亿元。",
                 [(("balance", "45亿元", ["50亿元", "−12亿元", "7亿元"], C, True), "high")], id="fall-taken-away-first"),
    pytest.param("在册监测对象由年初的1256户增加到年末的1302户。全年新纳入68户,退出22户。",
                 [(("balance", "1302户", ["1256户", "68户", "−22户"], C, True), "high")], id="flows-in-the-next-sentence"),
    pytest.param("年初、年末政府债务余额分别为45.6亿元和50.05亿元,当年新增债务8.2亿元,偿还到期债务3.75亿元。",
                 [(("balance", "50.05亿元", ["45.6亿元", "8.2亿元", "−3.75亿元"], C, True), "high")], id="both-stocks-by-fenbie"),
    pytest.param("期初和期末县级储备粮库存分别为5200吨、4900吨,年内轮入1800吨、轮出2300吨。",
                 [(("balance", "4900吨", ["5200吨", "1800吨", "−2300吨"], C, False), "high")], id="both-stocks-by-fenbie-planted"),
    # figures of another measure beside each stock: two balances, one a measure
    pytest.param("全县特困供养对象由年初的1520户1688人调整为年末的1498户1652人,全年新增86户95人,退出108户131人。",
                 [(("balance", "1498户", ["1520户", "86户", "−108户"], C, True), "high"),
                  (("balance", "1652人", ["1688人", "95人", "−131人"], C, True), "high")], id="two-measures-side-by-side"),
    pytest.param("全县特困供养对象由年初的1520户1688人调整为年末的1498户1662人,全年新增86户95人,退出108户131人。",
                 [(("balance", "1498户", ["1520户", "86户", "−108户"], C, True), "high"),
                  (("balance", "1662人", ["1688人", "95人", "−131人"], C, False), "high")], id="two-measures-side-by-side-planted"),
    # 其中 after the two stocks lists the changes between them, not groups within the closing
    pytest.param("全县政府债务余额由年初的38.4亿元增至年末的41.2亿元,其中当年新增债务6.3亿元,偿还到期债务3.5亿元。",
                 [(("balance", "41.2亿元", ["38.4亿元", "6.3亿元", "−3.5亿元"], C, True), "high")], id="qizhong-the-changes"),
    pytest.param("全县政府债务余额由年初的38.4亿元增至年末的41.6亿元,其中当年新增债务6.3亿元,偿还到期债务3.5亿元。",
                 [(("balance", "41.6亿元", ["38.4亿元", "6.3亿元", "−3.5亿元"], C, False), "high")], id="qizhong-the-changes-planted"),
    # the closing in the clause after the opening's ('年初…为A,年末为B;…'), and staff moved in and out of a count
    pytest.param("年初全县医保基金累计结余为9.86亿元,年末为10.42亿元;全年基金收入7.35亿元,基金支出6.79亿元。",
                 [(("balance", "10.42亿元", ["9.86亿元", "7.35亿元", "−6.79亿元"], C, True), "high")], id="closing-in-the-next-clause"),
    pytest.param("全县卫生系统在编人员从年初的2318人增加到年末的2364人,年内招录医护人员97人,调入12人,退休41人,调出及辞职22人。",
                 [(("balance", "2364人", ["2318人", "97人", "12人", "−41人", "−22人"], C, True), "high")], id="staff-moved"),
    pytest.param("全县卫生系统在编人员从年初的2318人增加到年末的2346人,年内招录医护人员97人,调入12人,退休41人,调出及辞职22人。",
                 [(("balance", "2346人", ["2318人", "97人", "12人", "−41人", "−22人"], C, False), "high")], id="staff-moved-planted"),
    # 调入 money draws another fund down: for a money stock it signs nothing
    pytest.param("预算稳定调节基金由年初的3.2亿元减至年末的2.1亿元,调入一般公共预算1.5亿元,补充0.4亿元。", [], id="funds-moved-unsigned"),
    # one change after the two stocks is the change on the opening (the roll-forward rule checks it already)
    pytest.param("专户资金由年初的860万元减少到年末的610万元,减少250万元。",
                 [(("balance", "610万元", ["860万元", "−250万元"], C, True), "high")], id="one-net-change"),
    pytest.param("贷款余额由年初的112.5亿元增至年末的128.5亿元,净增16亿元,其中新增贷款35.6亿元、到期偿还19.6亿元。",
                 [(("balance", "16亿元", ["35.6亿元", "−19.6亿元"], "净增 = 增加 − 减少", True), "high"),
                  (("balance", "128.5亿元", ["112.5亿元", "16亿元"], C, True), "high")], id="net-change-broken-down"),
    # not checked: only what came in, flows of another stock, the flows of another sentence after one of its own,
    # changes said without figures, a flow no verb signs, no flows at all
    pytest.param("贷款余额由年初的112.5亿元增至年末的128.7亿元,全年新增贷款35.6亿元。", [], id="gross-inflow-only"),
    pytest.param("存款余额由年初的210亿元增至年末的236亿元,全年新增贷款35.6亿元,偿还贷款19.6亿元。", [], id="another-stocks-flows"),
    pytest.param("存款余额由年初的210亿元增至年末的236亿元,增长12.4%。全年新增贷款35.6亿元,偿还贷款19.6亿元。", [],
                 id="next-sentence-after-its-own"),
    pytest.param("年初、年末债务余额分别为45.6亿元和50.05亿元,当年新增债务8.2亿元,偿还3.75亿元,扣除置换因素后余额增加。", [],
                 id="changes-unsaid"),
    pytest.param("债务余额由年初的45.6亿元增至年末的50.05亿元,置换债券1.2亿元,新增债务8.2亿元,偿还3.75亿元。", [],
                 id="unsigned-flow-first"),
    pytest.param("存款余额由年初的210亿元增至年末的236亿元;贷款余额由年初的112.5亿元增至年末的128.7亿元。", [], id="two-stocks-no-flows"),
    # a 分别 list answering an earlier one item by item: each within its own, not parts of the last figure before it
    pytest.param("年初和年末分别有企业120家和98家,其中规上工业企业分别为36家和41家。",
                 [(("subset", "120家", ["36家"], "其中…分别为", True), "high"),
                  (("subset", "98家", ["41家"], "其中…分别为", True), "high")], id="fenbie-pairs-within"),
    pytest.param("年初和年末分别有企业120家和98家,其中规上工业企业分别为36家和101家。",
                 [(("subset", "120家", ["36家"], "其中…分别为", True), "high"),
                  (("subset", "98家", ["101家"], "其中…分别为", False), "high")], id="fenbie-pairs-within-planted"),
    pytest.param("2022年和2023年分别培训1200人次和1500人次,分别为农民工800人次和900人次。", [], id="fenbie-pairs-unsaid"),
    # two stocks listed in one clause, then both closings by 分别: no sum of the last opening (a warning before), but
    # each stock's balance (tests/extract/test_parallel_stocks.py)
    pytest.param("年初企业存款余额86.4亿元、个人存款余额152.7亿元,年末分别为91.2亿元和168.5亿元,分别比年初增加4.8亿元和15.8亿元。",
                 [(("balance", "91.2亿元", ["86.4亿元", "4.8亿元"], C, True), "high"),
                  (("balance", "168.5亿元", ["152.7亿元", "15.8亿元"], C, True), "high")], id="stocks-listed-then-fenbie"),
    # a net change's parts said with 减少 before the figure (a change, so no amount) are still its parts, up to the
    # first figure no verb signs (a false error alert before: 净增 ⊇ 新增 alone)
    pytest.param("全年医保参保人数净增1284人,其中新增参保3562人,因死亡、迁出等减少2278人,年末参保人数达到12.6万人。",
                 [(("balance", "1284人", ["3562人", "−2278人"], "净增 = 增加 − 减少", True), "high")], id="net-change-with-jianshao"),
    pytest.param("全年医保参保人数净增1284人,其中新增参保3562人,因死亡、迁出等减少2287人。",
                 [(("balance", "1284人", ["3562人", "−2287人"], "净增 = 增加 − 减少", False), "high")], id="net-change-with-jianshao-planted"),
    # a 分别 list whose items each sit in a clause of their own (an IndexError before: no item in the cue's clause)
    pytest.param("新建示范基地25个,总面积3.6万亩,分别为:茶叶基地10个,面积1.6万亩;蔬菜基地15个,面积2.0万亩。",
                 [(("sum", "25个", ["10个", "15个"], "分别为", True), "high"),
                  (("sum", "3.6万亩", ["1.6万亩", "2.0万亩"], "分别为", True), "high")], id="fenbie-items-a-clause-each"),
    pytest.param("城区和农村幼儿园在园幼儿年初分别为5210人、3684人,年内分别新入园1420人、905人,离园1388人、1021人,"
                 "年末分别为5242人、3568人。",
                 [(("balance", "5242人", ["5210人", "1420人", "−1388人"], C, True), "high"),
                  (("balance", "3568人", ["3684人", "905人", "−1021人"], C, True), "high")], id="fenbie-pairs-over-clauses"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_stocks_first(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected


@settings(max_examples=300, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.万亿元户人个亩、,;:。\n年初年末由从增至降到分别为和其中新增偿还减少净加上结余现有",
                         repeat=4))
def test_stock_rules_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
