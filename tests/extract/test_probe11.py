"""Check rules prompted by probe 11 (benchmarks/probes/probe11.json), each tested on sentences of our own: a rate per
thousand is no part; a grade and up overlaps a grade; bands of one scale split the whole; shares of some items
listed after 其中 need not make 100%, of all of them must; any '按…分,' announces a breakdown; shares before a
printed 合计100% must make it; a group named again with its 新增 is the figure labelled without it."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, printed

CASES = [
    # a rate per thousand people or per square kilometre is never a part
    pytest.param("全县共有卫生机构床位1860张,其中乡镇卫生院床位640张;每千人口拥有床位5.2张。",
                 [(("subset", "1860张", ["640张"], "其中", True), "high")], id="per-thousand"),
    pytest.param("建成区绿地面积420公顷,其中公园绿地180公顷,每平方公里建成区绿地2.6公顷。",
                 [(("subset", "420公顷", ["180公顷"], "其中", True), "high")], id="per-square-km"),
    # a grade and up beside a grade: the one may be among the other
    pytest.param("全县A级旅游景区16家,其中5A级1家,4A级以上6家。",
                 [(("subset", "16家", ["1家"], "其中", True), "high"), (("subset", "16家", ["6家"], "其中", True), "high")],
                 id="grade-and-up"),
    pytest.param("全县A级旅游景区16家,其中5A级1家,4A级5家,3A级11家。",
                 [(("sum", "16家", ["1家", "5家", "11家"], "其中", False), "high")], id="grades-planted"),
    # bands of one scale said with 的: a partition (and a wrong one fails)
    pytest.param("全市规上企业412家,其中营收1亿元以上的58家、2000万至1亿元的211家、2000万元以下的142家。",
                 [(("sum", "412家", ["58家", "211家", "142家"], "其中", False), "high")], id="bands-planted"),
    pytest.param("全市规上企业412家,其中营收1亿元以上的58家、2000万至1亿元的212家、2000万元以下的142家。",
                 [(("sum", "412家", ["58家", "212家", "142家"], "其中", True), "high")], id="bands"),
    # properties with 的 that add up to more than the total still overlap
    pytest.param("扶贫车间73个,其中吸纳脱贫人口的车间61个,由东部企业援建的车间29个。",
                 [(("subset", "73个", ["61个"], "其中", True), "high"), (("subset", "73个", ["29个"], "其中", True), "high")],
                 id="properties"),
    # shares of some items after 其中: not of one whole
    pytest.param("全年林业总产值26.4亿元。其中林下经济产值8.2亿元、木材加工产值5.1亿元,分别占全市林业产值的12.4%、7.7%。",
                 [(("sum", "26.4亿元", ["8.2亿元", "5.1亿元"], "其中", False), "low")], id="shares-of-some"),
    # shares of all of them (the 其中 list makes its total): they must make 100%
    pytest.param("全年接待游客480万人次,其中省内游客300万人次,省外游客180万人次;两者占比分别为62.5%、36.5%。",
                 [(("sum", "480万人次", ["300万人次", "180万人次"], "其中", True), "high"),
                  (("share", None, ["62.5%", "36.5%"], "分别为", False), "high")], id="shares-of-all-planted"),
    # any '按…分,' announces a breakdown of the figure before
    pytest.param("全年新招录辅警136名,按岗位分,勤务辅警88名、文职辅警47名。",
                 [(("sum", "136名", ["88名", "47名"], "按岗位分", False), "high")], id="classified-by-anything"),
    pytest.param("全年发放补贴500万元,按照要求分,甲镇300万元,乙镇100万元。", [], id="an-instruction-is-no-class"),
    # shares printed before their 合计100%
    pytest.param("按年龄分,35岁以下占28.4%,35至50岁占46.1%,50岁以上占25.6%,合计100%。",
                 [(("sum", "100%", ["28.4%", "46.1%", "25.6%"], "合计", True), "high")], id="shares-closed"),
    pytest.param("种植业收入占41.2%,养殖业收入占39.5%,其他收入占20.6%,三项合计100%。",
                 [(("sum", "100%", ["41.2%", "39.5%", "20.6%"], "三项合计", False), "high")], id="shares-closed-planted"),
    pytest.param("收入增长8.2%,支出增长7.1%,合计100%。", [], id="rates-close-nothing"),
    # shares after a classification, with no other cue: of one whole
    pytest.param("从投资主体看,国有投资占34.5%,民间投资占52.8%,外商投资占12.9%。",
                 [(("share", None, ["34.5%", "52.8%", "12.9%"], "从投资主体看", False), "high")], id="classified-shares-planted"),
    pytest.param("按险种分,职工医保占41%,居民医保占59%。",
                 [(("share", None, ["41%", "59%"], "按险种分", True), "high")], id="classified-shares"),
    # growth rates after a classification are no shares
    pytest.param("从行业看,建筑业增长8.2%,批发零售业增长6.1%,住宿餐饮业增长3.3%。", [], id="classified-rates"),
    # a group named again with the 新增 its figure's label left to the sentence
    pytest.param("全年新增经营主体940户,其中合作社310户、家庭农场630户。新增合作社中,种植类220户、养殖类80户。",
                 [(("sum", "940户", ["310户", "630户"], "其中", True), "high"),
                  (("sum", "310户", ["220户", "80户"], "新增合作社中", False), "high")], id="new-again-planted"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe11_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected
