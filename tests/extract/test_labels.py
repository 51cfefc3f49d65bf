"""Labels: the nearest thing a figure measures, good enough for `label LIKE '%资金%'`."""

from __future__ import annotations

import pytest

from extract.figures import find_figures
from extract.labels import clean_label, noun_after, respective_labels

# sentence -> labels of its non-date figures, in order
CASES = [
    ("获得中央财政资金500万元。", ["中央财政资金"]),
    ("帮助贫困劳动力300人实现转移就业。", ["贫困劳动力"]),
    ("新建产业路12公里,硬化道路5公里。", ["产业路", "硬化道路"]),
    ("共培训致富带头人150人次。", ["致富带头人"]),
    ("全县14个镇全部覆盖。", ["镇"]),
    ("选派5名干部赴外地挂职。", ["干部"]),
    ("两地互访8批次。", ["互访"]),
    ("完成投资1386万元。", ["完成投资"]),
    ("带动贫困户200户增收。", ["贫困户"]),
    ("受益贫困人口达550人。", ["受益贫困人口"]),
    ("援建村级卫生室3个。", ["村级卫生室"]),
    ("贫困发生率下降到3.5%。", ["贫困发生率"]),
    ("全年接待游客12万人次,实现旅游收入1.2亿元。", ["游客", "旅游收入"]),
    ("引进企业6家,总投资3.2亿元。", ["企业", "总投资"]),  # (was 投资, on purpose: the total, not any investment)
    ("全镇总产值1.2亿元,总人口3万人。", ["总产值", "总人口"]),
    ("户用0.35万千瓦,总装机3.55万千瓦。", ["户用", "总装机"]),  # (总 of what is installed: the total, kept)
    ("总共投入资金500万元。", ["资金"]),
    ("落实帮扶资金300万元,其中产业扶持资金200万元。", ["帮扶资金", "产业扶持资金"]),
    ("累计投入东西部协作资金1.2亿元。", ["东西部协作资金"]),
    ("举办招聘会5场,提供就业岗位1200个。", ["招聘会", "就业岗位"]),
    ("共有28名学生受助。", ["学生"]),
    ("资助贫困学生300名。", ["贫困学生"]),
    ("劳务输出1.5万人,人均增收3000元。", ["劳务输出", "人均增收"]),
    ("争取到位各类资金8000万元。", ["各类资金"]),
    ("召开联席会议4次。", ["联席会议"]),
    ("签订合作协议12项,协议金额5.6亿元。", ["合作协议", "协议金额"]),
    ("近2000人参加培训。", [""]),
    ("覆盖农户约30%。", ["农户"]),
    ("全年两地交流26批193人次。", ["交流", "交流"]),
    ("某某一行9人来县考察。", ["一行"]),
    ("购置设备100万元。其余100万元用于运维。", ["购置设备", "其余"]),
    # only a verb before the figure: the noun printed after it
    ("共带动500余户贫困户增收。", ["贫困户"]),
    ("带动300余户贫困户户均增收3.3千元。", ["贫困户", "贫困户户均增收"]),
    ("吸纳200人就业。", ["吸纳"]),
    # 分别为: the subject before the cue, each item named when it lists as many
    ("新建社区工厂15个,分布在甲镇、乙镇、丙镇,分别为6个、8个、1个。", ["社区工厂", "甲镇社区工厂", "乙镇社区工厂", "丙镇社区工厂"]),
    ("东区、西区、南区三个社区工厂分别为6个、8个、1个。", ["社区工厂", "东区社区工厂", "西区社区工厂", "南区社区工厂"]),
    ("茶叶、魔芋的销售额占比分别为60%、40%。", ["茶叶销售额占比", "魔芋销售额占比"]),
    ("三类企业占比分别为33.3%、33.3%、33.4%。", ["企业占比"] * 4),  # 三类 is a figure too
    ("全年交流22批,其中来访和出访分别为19批、3批。", ["交流", "来访交流", "出访交流"]),
    ("培训3期150人次,分别为50人次、60人次和40人次。", ["培训"] * 5),
]


@pytest.mark.parametrize(("text", "labels"), CASES, ids=[t for t, _ in CASES])
def test_figure_labels(text: str, labels: list[str]) -> None:
    assert [f.label for f in find_figures(text, 2018) if f.kind != "date"] == labels


def test_label_does_not_carry_into_next_sentence() -> None:
    found = find_figures("投入资金100万元。50%用于产业。", 2018)
    assert [f.label for f in found] == ["资金", ""]


@pytest.mark.parametrize(
    ("clause", "label"),
    [("全年两地横向交流", "横向交流"), ("其中产业资金", "产业资金"), ("受益贫困户", "受益贫困户"), ("约", ""),
     ("贫困人口达到", "贫困人口"), ("代表团", "代表团")],
)
def test_clean_label(clause: str, label: str) -> None:
    assert clean_label(clause) == label


@pytest.mark.parametrize(
    ("text", "noun"), [("14个镇,发展", "镇"), ("5名干部赴外地", "干部"), ("3家企业入驻园区", "企业"), ("12个", "")]
)
def test_noun_after_measure_word(text: str, noun: str) -> None:
    assert noun_after(text, text.index(next(c for c in text if c in "个名家")) + 1) == noun


@pytest.mark.parametrize(
    ("text", "n", "total", "labels"),
    [
        ("茶叶、魔芋、富硒食品的销售额占比分别为", 3, "", ["茶叶销售额占比", "魔芋销售额占比", "富硒食品销售额占比"]),
        ("分布在甲镇、乙镇,分别为", 2, "社区工厂", ["甲镇社区工厂", "乙镇社区工厂"]),
        ("分布在甲镇、乙镇,分别为", 3, "社区工厂", ["社区工厂"] * 3),  # three figures, two places
        ("两类项目资金分别为", 2, "", ["项目资金", "项目资金"]),
        ("分别为", 2, "资金", ["资金", "资金"]),
    ],
)
def test_respective_labels(text: str, n: int, total: str, labels: list[str]) -> None:
    assert respective_labels(text, text.index("分别"), n, total) == labels
