"""Units a report prints, their kind, and the exact scale to the base unit ('万元' -> 元 x 10000)."""

from __future__ import annotations

import re
from decimal import Decimal

MONEY_UNITS = ("元",)
PERCENT_UNITS = ("%", "‰", "个百分点")
# Compound counts are whole units, never their first character: '3860台次' counts operations, not machines (台),
# '4.2万人天' person-days, not people (人). 个 is a measure word in front of 工日: '3.6万个工日' is 工日 (see BASE_OF).
COUNT_UNITS = (
    "人次", "户次", "架次", "车次", "批次", "场次", "班次", "台次", "家次", "人天", "人日", "工日", "个工日",
    "标准箱", "箱",  # containers: '集装箱吞吐量126.8万标准箱'; boxes
    "户", "人", "批", "个", "家", "名", "位", "项", "次", "所", "座", "台", "套",
    "辆", "场", "期", "篇", "条", "件", "只", "头", "株", "棵", "册", "份", "间", "栋", "处", "村", "镇", "乡",
    "组", "队", "支", "届", "门", "类", "种", "张", "本", "节", "课时", "岗位", "班", "趟", "列",
    "口", "羽", "袋", "单", "笔", "盏", "眼", "例次", "例", "孔",
    "对",  # pairs: '结对68对' (only after Arabic digits, and not '1对1': figures._skip_quantity)
    "轮",  # rounds: '集中排查三轮' (not 三轮车, 轮换: figures.WORD_AFTER_UNIT)
    "部",  # '新增电梯18部' (not 部门, 部分, 部署: figures.WORD_AFTER_UNIT)
    "起",  # incidents and cases: '生产安全事故12起' (only after Arabic digits: '一起' is 'together')
    "宗",  # cases and parcels: '查处违法案件142宗', '调处土地纠纷12宗', '出让土地18宗'
    "顶", "床", "艘",  # relief stocks: '帐篷420顶', '棉被2,600床', '冲锋舟6艘' (not 床位: NOT_BEFORE)
)
# Ages: where a group begins ('60岁及以上人口'), never an amount to add up.
AGE_UNITS = ("岁", "周岁")
# Places moved in a ranking ('上升9个位次'); 位 and 名 after a move verb ('排名前移4位') are read as these too, in
# figures.py: kind 'other', so a rank move is never added to people counted in 位 or 名.
RANK_UNITS = ("位次", "名次", "个位次", "个名次")
OTHER_UNITS = (
    "平方公里", "平方千米", "平方米", "立方米", "公顷", "公里", "千米", "千瓦时", "千瓦", "兆瓦", "吨", "公斤", "千克", "斤",
    "亩", "米", "天", "小时", "个小时", "分钟", "工作日", "个工作日", "周年", "周", "个月", "年", "倍", "度", "周岁", "岁",
    "微克/立方米", "毫克/立方米", "毫克/升",  # concentrations: 'PM2.5平均浓度31微克/立方米'
    "美元", "欧元", "港元",  # other currencies: '实际利用外资4.86亿美元' (kind other, never added to 元)
    "吨公里", "人公里",  # freight and passenger turnover: '货物周转量68.4亿吨公里' (no tonnage, no headcount)
    "公斤/亩", "千克/亩", "斤/亩",  # yields: '单产402公斤/亩'
    "分",  # a score: '满分100分', '自评得分92.5分' (only after Arabic digits, and not 分别/分之…: figures._skip_quantity)
) + RANK_UNITS
# Money per something is a rate ('3000元/亩', '2.5万元/户'): kind 'other' under its own base unit, so it is never
# added up with money in 元.
PER_UNITS = (
    "年", "月", "日", "天", "周", "季度", "学期", "亩", "公顷", "平方米", "立方米", "公里", "米", "斤", "公斤", "千克", "吨",
    "户", "人", "人次", "户次", "个", "头", "只", "羽", "株", "棵", "袋", "间", "套", "台", "件", "张", "份", "次", "小时",
    "课时", "度", "千瓦时", "座", "家", "名", "所", "村", "床", "辆",
    "生", "生·年", "人·年", "人·月", "人·次", "床·日",  # '720元/生·年': per pupil and year
)
RATE_UNITS = tuple(f"{money}/{per}" for money in MONEY_UNITS for per in PER_UNITS)
SCALES: dict[str, Decimal] = {
    "": Decimal(1),
    "千": Decimal(1_000),
    "万": Decimal(10_000),
    "十万": Decimal(100_000),
    "百万": Decimal(1_000_000),
    "千万": Decimal(10_000_000),
    "亿": Decimal(100_000_000),
    "万亿": Decimal(1_000_000_000_000),
}
# Which scales a base unit accepts: 千 only in front of 元 (千元); 万/亿 in front of anything countable, and of
# weights, areas, lengths, volumes and energy ('1.2万名', '5万斤', '1.2万公顷', '120万度'), and of hours and days
# ('3.5万小时', '1.2万天'); not of other time spans (年, 个月, 周, 工作日), rank moves or 倍.
MEASURED_UNITS = (
    "平方公里", "平方千米", "平方米", "立方米", "公顷", "亩", "公里", "千米", "米", "吨", "公斤", "千克", "斤", "千瓦时", "千瓦",
    "兆瓦", "度", "小时", "个小时", "天", "美元", "欧元", "港元", "吨公里", "人公里",
)
SCALABLE = set(MONEY_UNITS) | set(RATE_UNITS) | set(COUNT_UNITS) | set(MEASURED_UNITS)
# 成 is tenths ('五成' is 50 %): read only in words of its own (figures.TENTHS_RE), so it is in no BASE_UNITS.
TENTHS = "成"
PERCENT_SCALE: dict[str, Decimal] = {"%": Decimal(1), "‰": Decimal("0.1"), "个百分点": Decimal(1), TENTHS: Decimal(10)}
# The unit a base value is in, where it is not the printed one: 3.6‰ is 0.36 %, 五成 50 %; one unit under two
# names ('85.6千米' is 85.6 公里, '1.5万人日' 15000 人天); a measure word dropped ('3.6万个工日' is 36000 工日).
BASE_OF = {
    "‰": "%", TENTHS: "%",
    "千米": "公里", "平方千米": "平方公里", "千克": "公斤", "人日": "人天",
    "个工日": "工日", "个小时": "小时", "个工作日": "工作日", "名次": "位次", "个位次": "位次", "个名次": "位次",
}
RANK_BASE = "位次"
# Compound units that also start a word: '300人日均增收' is 300人, '保障300人日常饮水' too.
NOT_BEFORE = {"人日": "均常益夜", "床": "位", "顶": "格"}

BASE_UNITS = tuple(sorted(MONEY_UNITS + RATE_UNITS + PERCENT_UNITS + COUNT_UNITS + OTHER_UNITS, key=len, reverse=True))
SCALE_WORDS = tuple(sorted((s for s in SCALES if s), key=len, reverse=True))
BASE_RE = "|".join(re.escape(u) + (f"(?![{NOT_BEFORE[u]}])" if u in NOT_BEFORE else "") for u in BASE_UNITS)
SCALE_RE = "|".join(re.escape(s) for s in SCALE_WORDS)


def unit_kind(base_unit: str) -> str:
    """'元' -> 'money', '户' -> 'count', '%' -> 'percent', '亩' -> 'other', '元/亩' -> 'other'."""
    if base_unit in MONEY_UNITS:
        return "money"
    if base_unit in PERCENT_SCALE:
        return "percent"
    if base_unit in COUNT_UNITS:
        return "count"
    return "other"


def accepts_scale(scale: str, base_unit: str) -> bool:
    if not scale:
        return True
    if scale in ("千", "十万", "百万", "千万"):
        return base_unit in MONEY_UNITS or base_unit in RATE_UNITS
    return base_unit in SCALABLE


def to_base(value: Decimal, scale: str, base_unit: str) -> Decimal:
    """Exact: to_base(Decimal('460.1'), '万', '元') == Decimal('4601000'); percents stay in %."""
    if base_unit in PERCENT_SCALE:
        return value * PERCENT_SCALE[base_unit]
    return value * SCALES[scale]


def scale_of(unit: str) -> tuple[str, str]:
    """'万元' -> ('万', '元'); '人次' -> ('', '人次'); '千米' -> ('', '千米')."""
    if unit in BASE_UNITS:
        return "", unit
    for scale in SCALE_WORDS:
        if unit.startswith(scale) and unit[len(scale):] in BASE_UNITS:
            return scale, unit[len(scale):]
    return "", unit
