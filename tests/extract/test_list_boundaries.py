"""Where a listed breakdown starts and ends: a closing 合计 is no part, an opening total is no part of a 合计, a
clause after the parts is no part when the parts already make the total; which percentages must make 100%.

Each case once gave a false failed check at error severity (or, for the last table, a check of no meaning).
"""

from __future__ import annotations

import pytest
from factories import Checked, checked_text

# ---------------------------------------------------------------- a list after 其中/分别 ends before a closing total
CLOSING_TOTALS = [
    pytest.param("完成投资3860万元,其中产业项目2150万元、基础设施1200万元、其他510万元,三项合计3860万元。",
                 [("sum", "3860万元", ["2150万元", "1200万元", "510万元"], "其中", True)], id="sanxiang-heji"),
    pytest.param("共培训200人次,分别为农业技术培训120人次、电商培训80人次,合计200人次。",
                 [("sum", "200人次", ["120人次", "80人次"], "分别为", True)], id="fenbie-heji"),
    pytest.param("全县落实帮扶资金950万元,其中中央资金500万元、省级资金300万元、县级资金150万元,共计950万元。",
                 [("sum", "950万元", ["500万元", "300万元", "150万元"], "其中", True)], id="gongji"),
    # a closing total that does not agree is still no part, and the parts still fail against the opening total
    pytest.param("全县落实帮扶资金950万元,其中中央资金500万元、省级资金300万元、县级资金160万元,共计960万元。",
                 [("sum", "950万元", ["500万元", "300万元", "160万元"], "其中", False)], id="gongji-disagrees"),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_TOTALS)
def test_a_closing_total_is_not_one_more_part(text: str, expected: list[Checked]) -> None:
    assert checked_text(text) == expected


# ---------------------------------------------------------------- a clause after the parts that already make the total
LATER_CLAUSES = [
    pytest.param("两地共召开联席会议6次,其中上海召开2次、我县召开4次,县委书记带队赴上海对接3次。",
                 [("sum", "6次", ["2次", "4次"], "其中", True)], id="unrelated-clause"),
    pytest.param("共组织招聘会12场,其中县内8场、县外4场,吸引企业参会5场。",
                 [("sum", "12场", ["8场", "4场"], "其中", True)], id="unrelated-clause-2"),
    # parts listed with commas go on across commas: the whole list is the breakdown
    pytest.param("全年到位资金1000万元,其中中央资金500万元,省级资金300万元,市级资金200万元。",
                 [("sum", "1000万元", ["500万元", "300万元", "200万元"], "其中", True)], id="comma-list"),
    # a real error stays an error: no prefix of the parts makes the total
    pytest.param("全年到位资金1000万元,其中中央资金500万元、省级资金300万元,市级资金210万元。",
                 [("sum", "1000万元", ["500万元", "300万元", "210万元"], "其中", False)], id="comma-list-error"),
]


@pytest.mark.parametrize(("text", "expected"), LATER_CLAUSES)
def test_a_clause_after_parts_that_make_the_total_is_not_a_part(text: str, expected: list[Checked]) -> None:
    assert checked_text(text) == expected


# ---------------------------------------------------------------- the parts before a 合计 do not include an opening total
OPENING_TOTALS = [
    pytest.param("全县尚有未脱贫户3200户,2019年计划脱贫1800户、2020年脱贫1400户,合计3200户。",
                 [("sum", "3200户", ["1800户", "1400户"], "合计", True)], id="opening-equal"),
    pytest.param("帮扶干部共128人,省级干部20人、市级干部48人、县级干部60人,合计128人。",
                 [("sum", "128人", ["20人", "48人", "60人"], "合计", True)], id="opening-equal-3"),
    pytest.param("全县贫困人口1.2万人,2018年脱贫3000人、2019年脱贫4000人,合计7000人。",
                 [("sum", "7000人", ["3000人", "4000人"], "合计", True)], id="opening-larger"),
    # the parts that do not make their 合计 still fail, shown without the opening figure
    pytest.param("帮扶干部共128人,省级干部20人、市级干部48人、县级干部61人,合计128人。",
                 [("sum", "128人", ["20人", "48人", "61人"], "合计", False)], id="opening-equal-error"),
    # a first part smaller than the 合计 is a part
    pytest.param("茶叶基地新增800亩,魔芋基地新增500亩、核桃基地新增300亩,合计1600亩。",
                 [("sum", "1600亩", ["800亩", "500亩", "300亩"], "合计", True)], id="first-part-stays"),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_TOTALS)
def test_an_opening_total_is_not_a_part_of_the_closing_one(text: str, expected: list[Checked]) -> None:
    assert checked_text(text) == expected


# ---------------------------------------------------------------- which listed percentages must make 100%
SHARES = [
    pytest.param("扶贫资金中产业、教育、医疗分别占60%、25%、15%。",
                 [("share", None, ["60%", "25%", "15%"], "分别占", True)], id="whole-split"),
    pytest.param("各类资金所占比重分别为50%、30%、15%。",
                 [("share", None, ["50%", "30%", "15%"], "分别为", False)], id="whole-split-error"),
    pytest.param("其中产业项目和基础设施项目资金分别占60%和25%,其余用于教育医疗。", [], id="partial-qiyu"),
    pytest.param("全县贫困人口占比为12.5%,其中因病致贫占45%、因残致贫占20%。", [], id="partial-qizhong"),
    pytest.param("建档立卡贫困户和边缘户的产业帮扶覆盖比例分别为100%和95%。", [], id="rates-one-is-100"),
    pytest.param("贫困户和非贫困户的满意度分别为98%和95%,群众认可比例较高。", [], id="share-word-elsewhere"),
    pytest.param("两个深度贫困镇的贫困人口分别占本镇总人口的8.5%和6.2%。", [], id="each-its-own-whole"),
    pytest.param("三个村的贫困发生率分别占各自总人口的3.1%、2.6%和1.9%。", [], id="each-its-own-whole-2"),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_only_shares_of_one_whole_must_make_100_percent(text: str, expected: list[Checked]) -> None:
    assert checked_text(text) == expected
