"""Rules prompted by probe 31 (60 excerpts of five-year reviews and budget reviews by a blind author; first
measurement 3 of 10 planted errors, 1 false error alert), tested on sentences of our own: a fund's balance drawn on
by 使用; 调入/调出, whose direction depends on the side, sign nothing; a total after its parts counts from the last
semicolon when two parts or more follow it; years listed before 分别 break down a total whose clause counts as
many years (近三年来…累计…); shares said one by one after the whole they divide (…中,A占a%,B占b%) total 100% when
the words say they are all of it (a name and its negation, a last 其他, bands of one scale)."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, printed

C = "年初 + 增加 − 减少 = 年末"
CASES = [
    pytest.param("粮食风险基金年初余额1.84亿元,年内补充0.62亿元,安排使用0.95亿元,年末余额1.51亿元。",
                 [(("balance", "1.51亿元", ["1.84亿元", "0.62亿元", "−0.95亿元"], C, True), "high")], id="drawn-on-by-use"),
    pytest.param("教育附加年初结余5200万元,本年使用3100万元,调入1200万元,年末结余3300万元。", [], id="transfer-signs-nothing"),
    pytest.param("预期收入安排54.2亿元,比上年增长4.8%;支出安排78.6亿元,加上上解支出2.1亿元、调出资金1.3亿元,支出总计82.0亿元。",
                 [(("sum", "82.0亿元", ["78.6亿元", "2.1亿元", "1.3亿元"], "总计", True), "high")], id="total-of-its-own-statement"),
    pytest.param("甲村12个;乙村18个;丙村30个,共计61个。",
                 [(("sum", "61个", ["12个", "18个", "30个"], "共计", False), "high")], id="items-each-after-a-semicolon"),
    pytest.param("三年来累计投入衔接资金4200万元,2022年、2023年、2024年分别投入1200万元、1400万元、1500万元。",
                 [(("sum", "4200万元", ["1200万元", "1400万元", "1500万元"], "分别投入", False), "high")], id="years-listed-planted"),
    pytest.param("近两年累计培训2300人次,2023年、2024年分别培训1100人次、1200人次。",
                 [(("sum", "2300人次", ["1100人次", "1200人次"], "分别培训", True), "high")], id="two-years-listed"),
    pytest.param("近三年累计培训2300人次,2023年、2024年分别培训1100人次、1200人次。", [], id="fewer-years-than-counted"),
    pytest.param("从2020年的486家增加到2024年的1144家,2021年、2022年、2023年分别净增132家、178家、165家。", [],
                 id="years-listed-under-a-stock"),
    # shares said one by one after the whole they divide, the words saying they are all of it
    pytest.param("全年一般公共预算收入中,税收收入占76.8%,非税收入占23.2%。",
                 [(("share", None, ["76.8%", "23.2%"], "全年一般公共预算收入中", True), "high")], id="revenue-split-in-two"),
    pytest.param("全市常住人口中,0—14岁人口占16.3%,15—59岁人口占62.8%,60岁及以上人口占21.9%。",
                 [(("share", None, ["16.3%", "62.8%", "21.9%"], "全市常住人口中", False), "high")], id="age-bands-planted"),
    pytest.param("全县耕地中,水田占41.2%,旱地占57.3%,其他占1.6%。",
                 [(("share", None, ["41.2%", "57.3%", "1.6%"], "全县耕地中", True), "high")], id="others-close-it"),
    # some of the whole: no 100% to make, but within it (tests/extract/test_shares_within.py)
    pytest.param("全县企业中,制造业占41.2%,建筑业占17.3%。",
                 [(("subset", None, ["41.2%", "17.3%"], "全县企业中", True), "low")], id="two-kinds-of-many"),
    pytest.param("全市常住人口中,0-14岁人口占16.1%,15-59岁人口占60.7%,60岁及以上人口占23.2%,其中65岁及以上人口占17.9%。",
                 [(("share", None, ["16.1%", "60.7%", "23.2%"], "全市常住人口中", True), "high")], id="a-share-of-a-share-left-out"),
    pytest.param("全县公积金提取额中,住房消费类提取占76.5%,其中偿还贷款占50.2%、租房占26.6%;非住房消费类提取占23.5%。",
                 [(("subset", "76.5%", ["50.2%", "26.6%"], "其中", False), "high"),
                  (("share", None, ["76.5%", "23.5%"], "全县公积金提取额中", True), "high")], id="the-list-goes-on-after-a-semicolon"),
    pytest.param("全年一般公共预算支出中,教育支出占18.2%,卫生健康支出占9.6%。",
                 [(("subset", None, ["18.2%", "9.6%"], "全年一般公共预算支出中", True), "low")], id="some-heads-of-spending"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe31_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected
