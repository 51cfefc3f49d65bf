"""Rules prompted by probes 13 and 16 (benchmarks/probes/), tested on sentences of our own: numbered items within one
paragraph after 如下 break down each measure's nearest total; a sentence opening with 其中 after them is of their
total; a 合计 before two figures totals both ('合计开工项目56个、总投资182.5亿元'); ages are where groups begin, never
amounts (and name the group counted after them); a 包括 list ends at a semicolon like a 其中 list; 标准箱, 箱 and 家次
are units; a 其中 list far short of its total is a warning, unless a part at another scale would make it."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, printed

from extract.figures import find_figures

CHECKS = [
    pytest.param("新建农村公路58公里,投资1.16亿元,具体如下:1.县道改造21公里,投资5200万元;2.乡道提升19公里,投资3600万元;"
                 "3.通村路18公里,投资2900万元。",
                 [(("sum", "58公里", ["21公里", "19公里", "18公里"], "如下 1.2.3.", True), "high"),
                  (("sum", "1.16亿元", ["5200万元", "3600万元", "2900万元"], "如下 1.2.3.", False), "high")],
                 id="inline-items-planted"),
    pytest.param("其中部分项目进展如下:(1)甲项目完成投资800万元;(2)乙项目完成投资600万元。", [], id="inline-items-no-total"),
    pytest.param("完成投资4.6亿元,重点项目进展如下:1.园区道路1.2亿元;2.污水处理厂0.9亿元。",
                 [(("subset", "4.6亿元", ["1.2亿元"], "如下 1.2.", True), "high"),
                  (("subset", "4.6亿元", ["0.9亿元"], "如下 1.2.", True), "high")], id="inline-items-of-some"),
    pytest.param("实施项目40个,具体如下:1.产业项目22个;2.基础设施项目18个。其中,新开工项目25个,续建项目16个。",
                 [(("sum", "40个", ["22个", "18个"], "如下 1.2.", True), "high"),
                  (("sum", "40个", ["25个", "16个"], "其中", False), "high")], id="qizhong-after-items-planted"),
    pytest.param("上半年开工项目14个,总投资42.6亿元;下半年开工项目9个,总投资23.1亿元,合计开工项目23个、总投资65.9亿元。",
                 [(("sum", "23个", ["14个", "9个"], "合计开工项目", True), "high"),
                  (("sum", "65.9亿元", ["42.6亿元", "23.1亿元"], "总投资", False), "high")], id="one-total-cue-for-two-planted"),
    # a 其中 list far short of its total names notable groups as often as all of them: a warning
    pytest.param("全年接待游客2860万人次,其中研学游客420万人次、自驾游客1310万人次、康养游客380万人次。",
                 [(("sum", "2860万人次", ["420万人次", "1310万人次", "380万人次"], "其中", False), "low")], id="far-short"),
    # unless one part at another scale would make it: a misprint
    pytest.param("下达衔接资金2.6亿元,其中产业发展1.5亿元、基础设施1.1万元。",
                 [(("sum", "2.6亿元", ["1.5亿元", "1.1万元"], "其中", False), "high")], id="unit-slip-planted"),
    # shares of some of a share, of the same base: together no more than it
    pytest.param("第三产业增加值占地区生产总值的比重为54.6%,其中金融业占12.3%,批发零售业占9.8%,旅游业占33.1%。",
                 [(("subset", "54.6%", ["12.3%", "9.8%", "33.1%"], "其中", False), "high")], id="shares-within-a-share-planted"),
    pytest.param("第三产业增加值占地区生产总值的比重为54.6%,其中金融业占12.3%,批发零售业占9.8%。",
                 [(("subset", "54.6%", ["12.3%", "9.8%"], "其中", True), "high")], id="shares-within-a-share"),
    pytest.param("民生支出占一般公共预算支出的比重为80.2%,其中教育支出占全省的3.1%,卫生支出占全省的2.4%。", [],
                 id="shares-of-another-base"),
    pytest.param("农村人口占比为38.5%,其中务工人员占52%、务农人员占31%。", [], id="shares-of-the-group-itself"),
    pytest.param("全县80岁及以上老年人3260人,其中90岁及以上老年人410人。",
                 [(("subset", "3260人", ["410人"], "其中", True), "high")], id="ages-are-no-amounts"),
    pytest.param("全县现有医疗机构312家,包括医院18家、卫生院23家;药店156家。",
                 [(("subset", "312家", ["18家"], "包括", True), "high"), (("subset", "312家", ["23家"], "包括", True), "high")],
                 id="semicolon-ends-baokuo"),
]


@pytest.mark.parametrize(("text", "expected"), CHECKS)
def test_probe16_checks(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected


FIGURES = [
    ("全市80岁及以上老年人3.26万人。", [("80岁", None), ("3.26万人", "80岁及以上老年人")]),
    ("港口集装箱吞吐量126.8万标准箱。", [("126.8万标准箱", "港口集装箱吞吐量")]),
    ("抽查经营主体2360家次。", [("2360家次", "抽查经营主体")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES, ids=[t for t, _ in FIGURES])
def test_probe16_figures(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [(f.raw, f.label) for f in find_figures(printed(text), 2023) if f.kind != "date"]
    assert [(raw, label) for (raw, label), (_, want) in zip(found, expected, strict=True) if want is not None] == \
        [(raw, want) for raw, want in expected if want is not None]
    assert [raw for raw, _ in found] == [raw for raw, _ in expected]
