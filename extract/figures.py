"""Document text -> figures: quantities with units, ranges and dates, each with span, label and sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from extract import numbers, units
from extract.errors import UnparseableNumber
from extract.labels import (
    BASE_OF_RATIO_RE,
    CLAUSE_BREAK,
    COMPARED_TO_RE,
    CUT_AFTER,
    LEADING_NOISE,
    TRAILING_NOISE,
    WORDS_ENDING,
    all_han,
    clause_before,
    clean_label,
    figure_label,
    respective_labels,
)
from extract.numbers import DIGITS

NUM = rf"(?:{numbers.ARABIC}|{numbers.CHINESE})"
# 约 and 近 say 'about' unless they end a word: 签约, 节约, 合约, 预约…; 最近, 附近, 临近… ('家庭医生签约2860人' is exact).
ABOUT = rf"(?<![{WORDS_ENDING['约']}])约"
NEAR = rf"(?<![{WORDS_ENDING['近']}])近"
APPROX_PRE = rf"(?P<pre>将近|大约|{ABOUT}|{NEAR}|逾|超过)?"
SIGNS = "-−－"  # hyphen-minus, minus sign, full-width hyphen-minus
TIMES = r"(?<=[人户])(?:/次|\(次\))"  # '3450人/次', '1200人(次)': printed forms of 人次 and 户次
QUANTITY_RE = re.compile(
    APPROX_PRE
    + rf"(?P<sign>[{SIGNS}])?"
    rf"(?P<n1>{NUM})"
    # a range: '3-5万元', and with the scale or unit printed at both ends, '3万至5万元', '3万元至5万元'
    rf"(?:(?P<end1>(?:{units.SCALE_RE})?(?:{units.BASE_RE})?)(?P<sep>[-~至到—–])(?P<n2>{NUM})(?=(?P=end1)))?"
    rf"(?:(?P<mid>余|多)(?=(?:{units.SCALE_RE})(?:{units.BASE_RE})))?"  # '300余万元'
    rf"(?P<scale>{units.SCALE_RE})?"
    rf"(?P<suf>余|多)?"
    rf"(?P<unit>{units.BASE_RE})"
    rf"(?P<times>{TIMES})?"
)
CN_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
CN_DAY = r"(?:3[01]|[12]\d|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])"
CN_YEAR = r"(?:(?:19|20)\d{2}|[一二][〇零○九][〇零○一二三四五六七八九]{2})"
RANGE_SEP = r"[-~至到—–]"
# A range within a year ends in groups named *to, so a range that runs backwards can fall back to its start:
# months '1-6月', '1月至6月' (not when the end month goes on to a day: '1月至6月15日'); days '15日至17日', '15-17日',
# '28日至4月2日'.
MONTH_TO = rf"(?P<mto>月?{RANGE_SEP}(?P<m2>{CN_MONTH}))月"
DAY_TO = (rf"(?:[日号](?P<dto>{RANGE_SEP}(?:(?P<m3>{CN_MONTH})月)?(?P<d2>{CN_DAY}))?|(?P<dto2>{RANGE_SEP}(?P<d3>{CN_DAY})))"
          rf"(?(dto)[日号])(?(dto2)[日号])")
DATE_RE = re.compile(
    rf"(?P<y>{CN_YEAR})(?P<yto>年?\s*{RANGE_SEP}\s*(?P<y2>{CN_YEAR}))?年"  # '2016-2020年', '2016年至2020年'
    rf"(?:(?P<period>上半年|下半年|第?[一二三四1-4]季度|底|初|末|度)"  # 度: '2022年度', the year of account
    rf"|(?P<m>{CN_MONTH})(?:{MONTH_TO}(?!{CN_DAY}[日号])|月(?:(?P<d>{CN_DAY}){DAY_TO}|(?P<part>底|初|末|上旬|中旬|下旬))?))?"
)
MONTH_DAY_RE = re.compile(rf"(?<![\d年月一二三四五六七八九十〇零○])(?P<m>{CN_MONTH})月(?P<d>{CN_DAY}){DAY_TO}")
MONTH_RANGE_RE = re.compile(rf"(?<![\d年月一二三四五六七八九十〇零○.])(?P<m>{CN_MONTH}){MONTH_TO}(?!份?[\d])")
PERIOD_ISO = {"底": "12", "末": "12", "初": "01"}
# A month printed without its year is in the report year, or the year a word before it names: '截至6月底', '6月份',
# '今年6月', '去年12月', '今年上半年'. A bare month ('6月,') or half year needs that word or a part of the month after
# it; any other year word before it ('每年', '次年', '当年') names no year we know, so is not read.
RELATIVE_YEAR = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "明年": 1}
MONTH_NO_YEAR_RE = re.compile(
    rf"(?<![\d年月第〇零○一二两三四五六七八九十.])(?P<rel>{'|'.join(RELATIVE_YEAR)})?"
    rf"(?:(?P<half>上半年|下半年)|(?P<m>{CN_MONTH})月(?P<part>底|末|初|上旬|中旬|下旬|份)?)"
)
# Approximate words printed after a figure; 上下 and 前后 only where the clause ends ('上下游' is no qualifier), and
# 以上/以下 there too: a bound ('力争转移就业3500人以上,'), not an amount ('10亿元以上项目' is a threshold, no figure's).
APPROX_AFTER_RE = re.compile(r"左右|(?:上下|前后)(?=[,,。;;::、!!??))的\s]|$)|(?:以上|以下)(?=[,,。;;::、!!??))]|$)")
# A dash right after a number (and its scale or unit) joins a range, it is no minus sign: '3-5万元', '10%-15%'.
NUMBER_BEFORE_RE = re.compile(rf"(?:{NUM})(?:{units.SCALE_RE})?(?:{units.BASE_RE})?\s*$")
# Numbers listed after 第 are ordinals too: '第1、2批', '第三、四名', '第3-5名', '第二和第三批'.
ORDINAL_LIST_RE = re.compile(rf"第(?:{NUM})(?:[、,和及或至到~\-—–]第?(?:{NUM}))*[、和及或至到~\-—–]第?$")
# 届 numbers a session or a graduating class, not a count, after a year or before a body or meeting:
# '2019届毕业生', '十九届四中全会', '十七届人大'; '连续举办3届' stays a count.
SESSION_AFTER_RE = re.compile(
    r"[〇零一二两三四五六七八九十0-9]|中央|全国|全会|人大|政协|党代会|代表大会|委员|县委|市委|省委|区委|州委|党委|纪委|常委"
)
MEETING_RE = re.compile(r"(?:全体)?会议")
SESSION_BEFORE_RE = re.compile(r"届[^,,。;;、]{0,8}$")
# '近千户', '万余人', '逾亿元': a bare 千/万/亿 is a figure only with an approximate word; '千家万户' is not one.
LONE_RE = re.compile(
    rf"(?P<pre>将近|{NEAR}|逾|{ABOUT}|超|上)?(?P<lone>十万|百万|千万|百|千|万|亿)(?P<suf>余|多)?(?P<unit>{units.BASE_RE})"
    rf"(?P<times>{TIMES})?"
)
LONE_VALUE = {"百": Decimal(100), "千": Decimal(1000), "万": Decimal(10_000), "十万": Decimal(100_000),
              "百万": Decimal(1_000_000), "千万": Decimal(10_000_000), "亿": Decimal(100_000_000)}
# Money printed without 元 ('项目总投资达1.2亿'): an Arabic number with a scale and no unit after it, read as 万元/亿元
# only in a clause about money, whose label ends in a money word, and only where the clause or sentence goes on
# after it with punctuation or one of NOT_A_UNIT_AFTER ('300万美元' and '300万亩' are something else).
BARE_MONEY_RE = re.compile(
    APPROX_PRE + rf"(?P<n>{numbers.ARABIC})(?P<mid>余|多)?(?P<scale>千万|百万|万亿|万|亿)(?P<suf>余|多)?"
)
MONEY_WORDS = (
    "资金", "投资", "投入", "收入", "产值", "销售额", "营业额", "成交额", "交易额", "贷款", "资产", "援助", "拨付", "到位",
    "补助", "奖补", "成本", "费用", "捐赠", "捐款", "筹集", "募集", "税收", "经费", "GDP", "生产总值",
)
UNIT_START_RE = re.compile(units.BASE_RE)
NOT_A_UNIT_AFTER = ("的", "用于", "左右", "以上", "其中", "和", "及", "与", "同比", "较上年", "比上年")
# Percents in words: '百分之九十五' -> 95%, '百分之三十点五' -> 30.5%, '百分之百' -> 100%, '千分之三' -> 3‰.
PERCENT_WORDS_RE = re.compile(
    APPROX_PRE + r"(?P<per>百分之|千分之)(?P<n>[〇零一二两三四五六七八九十百千]+(?:点[〇零一二三四五六七八九]+)?)"
    r"(?![几〇零一二两三四五六七八九十百千])"  # '百分之十几' is vague
)
PERCENT_WORDS_UNIT = {"百分之": "%", "千分之": "‰"}
# Tenths in a word of their own: '约占五成', '八成以上', '超过六成的农户', '近3成' -> 50 %, 80 %, 60 %, 30 %. One digit only,
# with nothing numeral before it ('三五成群', '十成') and an end after it, so '一成不变', '九成新', '12成员' and
# '统一成立' stay words (and so does '七成资金': 成 before a noun is not read).
TENTHS_RE = re.compile(
    APPROX_PRE + r"(?<![0-9.〇零一二两三四五六七八九十百千万亿几数第])"
    rf"(?P<n>[一二两三四五六七八九]|[1-9]){units.TENTHS}(?P<suf>多)?"
    r"(?=$|[\s,,。;;::、!!??))和及与]|以上|以下|左右|的|是|来自|用于)"
)
# A count's other measure word in brackets right after it, part of how it is printed: '4.73万套(间)', '36台(套)'. The
# figure ends after it, so what comes next ('和改建1.92万套(间)') follows the figure, not a bracket.
UNIT_ALTERNATIVE_RE = re.compile(r" ?\((?:间|户|座|套|处|个|人|辆|台|栋|幢|宗|件|所|家|张|块|条)\)")

# Structure ratios: '三次产业结构调整为15.2:36.9:48.7' -> 15.2 %, 36.9 %, 48.7 %, the shares of one whole printed
# without their %. Three or more numbers joined by ':' (NFKC has made '：' one), in a clause that names a structure
# (…结构, …构成, …比例, …比重, …占比) before them, summing to about a hundred: '出资比例为3:3:4' (10) is parts of ten, not
# percent, and '10:30:15' after no such word is a time.
RATIO_RE = re.compile(r"(?<![\d.:∶])\d{1,3}(?:\.\d+)?(?:[ ]?[:∶][ ]?\d{1,3}(?:\.\d+)?){2,}(?![\d.:∶%])")  # (∶ U+2236: NFKC keeps it)
RATIO_PART_RE = re.compile(r"\d{1,3}(?:\.\d+)?")
STRUCTURE_RE = re.compile(r"结构|构成|比例|比重|占比")
RATIO_NOTE = "结构比"  # how a part's note begins: '结构比15.2:36.9:48.7的第2项,共3项(单位%为推定)'
RATIO_SUM = (Decimal(90), Decimal(110))  # a structure printed wrong is off by a few points, not by tens

# A move in a ranking, not a count of people: '排名前移4位', '上升2位,居第5位', '前进3名'. 位 and 名 right after one of
# these verbs, with no noun after them ('晋升3名干部' counts cadres); 位次/名次 are rank moves wherever they stand.
RANK_MOVE_BEFORE_RE = re.compile(r"(?:前移|后移|上移|下移|前进|后退|上升|下降|下滑|提升|提高|跃升|攀升|进位|退位)了?$")
RANK_MOVE_UNITS = ("位", "名")
RANK_MOVE_AFTER = "居列至到排"  # '上升2位居全市第5', '前移4位至第8位'
BOOK_TITLE_RE = re.compile(r"《[^《》\n]{0,120}》")
DOC_NUMBER_RE = re.compile(r"[〔\[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*\d{1,4}\s*号")
PLAN_RE = re.compile(r"十[一二三四五六七八九]五")  # five-year plans: 十三五 is a name, not 13 or 5
PHONE_RE = re.compile(r"(?<!\d)(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9})(?!\d)")
SENTENCE_END = "。!?\n"
INDEFINITE = "一"  # '一批优势企业', '一项工作': 一 + measure word reads 'a', not a count of one
# Count units that also start a word; followed by one of these they are no unit: '3单元', '12单位', '100笔记本',
# '3例如下', '2孔子', '3羽毛球', '2眼镜', '两口子', and place names: '三口镇', '九眼桥', '七孔桥'.
PLACE_AFTER = "镇乡村县区桥街寨"
WORD_AFTER_UNIT = {"单": "元位价产体项独列人据", "笔": "记墨试", "例": "如外会行子证题", "孔": "子雀径隙" + PLACE_AFTER,
                   "羽": "毛绒", "眼": "睛镜科光界前" + PLACE_AFTER, "口": "子罩岸径号" + PLACE_AFTER, "袋": "装鼠",
                   "轮": "车胎椅廓机换岗值流番", "部": "门分署位队长委属件",
                   "次": "产"}  # '三次产业' names the three sectors
LONE_MULTIPLIERS = {"百", "千", "万", "亿", "百万", "千万", "万亿"}
# Units read only after Arabic digits, where a Chinese numeral makes a word: 十分 (very), 三分之一, 一对一.
DIGITS_ONLY_UNITS = ("分", "对", "起")
DATED_VERB_RE = re.compile(r"\s*(?:为|是|达到|达|实现|完成|突破|增至|降至)?\s*")  # '2022年为' + 8.3万元
ARABIC_ONLY_RE = re.compile(r"[\d.,]+")
# After a count in words, what makes it the name of a set of items rather than a quantity: '五项合计', '四个不摘'.
NAMED_SET_AFTER_RE = re.compile(r"合计|共计|总计|不")
COUNT_OF_ITEMS = ("项", "个", "类", "种", "者")
# 数/几 before a bare multiplier make it vague: '数十万元', '几十家', '几百户' name no exact 10, 100 or 1000.
VAGUE_BEFORE = "数几"
BARE_MULTIPLIER_RE = re.compile(r"[十百千][万亿]*")
# 分别 and what each listed figure does: '分别为', '分别增长', '分别占', '分别较上年增长', '分别新建车间' (the figures right after).
# Units a rank names a category by in a list: '一类、二类、三类户', '一级、二级、三级医院', '一档、二档'.
CATEGORY_UNITS = ("类", "级", "档", "等", "星")
RANKS = "一二三四五六七八九十"
# A label that says only how a figure changed: the change is of the figure before it ('地区生产总值186.5亿元,同比增长6.2%').
CHANGE_ONLY_RE = re.compile(r"(?:同比|较上年|比上年|较去年|比去年|较同期|比同期|年均|较上年同期|比上年同期|比年初|较年初)?"
                            r"(?:增长|下降|增加|减少|提高|降低|上升|回落|扩大|缩小|增幅|降幅)")
# What a change is against, said before 分别 rather than after it: '较上年分别下降', '同比分别增长'.
COMPARED_BEFORE_RE = re.compile(r"(?:同比|较上年同期|比上年同期|较上年|比上年|较去年|比去年|较同期|比同期|较年初|比年初)$")
RESPECTIVE_VERB_RE = re.compile(r"(?P<verb>[\u4e00-\u9fff ]{0,10})[::]?\s*")
RESPECTIVE_BE = ("", "为", "是", "有", "达到", "达")
LIST_SEPARATORS = set("、,,和及与 ")
# A bare Arabic number listed right before a figure shares its unit: '100、200、300万元', '12、8及6个'.
# 和/及 only between the last two; a list of two joined by 、 at a clause start may be an item number ('2、300万元').
BARE_LISTED_RE = re.compile(rf"(?P<n>{numbers.ARABIC})(?P<sep>[、和及])$")
ARABIC_RE = re.compile(numbers.ARABIC)
GLUED_BEFORE = set("第.-~—–/+×") | set(SIGNS)
CLAUSE_START = set("。!?;:\n！？；：") | {""}
# A bare Arabic number after a short label, listed before a labelled figure, shares its unit too:
# '产业1000、教育200万元'. Each label is 1-8 Chinese characters with no number word, ordinal or identifier in it.
ARABIC_END_RE = re.compile(rf"{numbers.ARABIC}$")
YEAR_LIKE_RE = re.compile(r"(?:19|20)\d{2}")
MAX_ITEM_LABEL = 8
NUMBER_WORDS = set("〇零○一二两三四五六七八九十百千万亿几数半第")
ID_WORDS = ("电话", "热线", "手机", "号", "码")
APPROX_BEFORE = ("约", "近", "逾", "超过", "将近", "大约")
NOT_A_LABEL = set(CUT_AFTER) | set(LEADING_NOISE) | set(TRAILING_NOISE)  # '全县5、投入200万元': a verb names nothing
LABELLED_LIST_STARTS = set(",;:。!?()\"“”'‘’\n，；：！？（）") | {""}  # what may stand before the first label
LIST_GOES_ON_RE = re.compile(r"[、和及与][\u4e00-\u9fff]{0,8}[0-9]")


@dataclass(frozen=True, slots=True)
class Found:
    """A figure found in a text, before it is placed on a page: offsets are in that text."""

    start: int
    end: int
    raw: str
    value: Decimal | None
    value_max: Decimal | None
    unit: str
    kind: str
    base_value: Decimal | None
    base_unit: str
    approx: str
    date_iso: str | None
    label: str
    sentence: str
    note: str = ""


def excluded_spans(text: str) -> list[tuple[int, int]]:
    """Where figures are not looked for: 《titles》, document numbers 〔2017〕12号, phone numbers, 十三五."""
    spans = [m.span() for m in BOOK_TITLE_RE.finditer(text)]
    spans += [m.span() for m in DOC_NUMBER_RE.finditer(text)]
    spans += [m.span() for m in PHONE_RE.finditer(text)]
    spans += [m.span() for m in PLAN_RE.finditer(text)]
    return spans


def references(text: str) -> list[str]:
    """Document numbers kept as references, not quantities: '紫政发〔2017〕12号' -> '〔2017〕12号'."""
    return [re.sub(r"\s+", "", m.group()) for m in DOC_NUMBER_RE.finditer(text)]


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def sentence_of(text: str, start: int, end: int) -> str:
    left = max(text.rfind(ch, 0, start) for ch in SENTENCE_END) + 1
    rights = [i for i in (text.find(ch, end) for ch in SENTENCE_END) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip()


def _cn_or_arabic(text: str) -> int:
    value = numbers.parse_number(text)
    return int(value)


def parse_date(match: re.Match[str], report_year: int | None, report_month: int | None = None) -> tuple[str, str] | None:
    """A date match -> (raw, iso): '2017年8月29日' -> '2017-08-29'; None for an impossible date. A date printed without
    its year ('1—11月', '3月15日') is in the report's year, or the year before when it ends after the report's month."""
    try:
        year = _cn_or_arabic(match.group("y")) if "y" in match.groupdict() else report_year
        if year is None:
            return None
        month = _cn_or_arabic(match.group("m")) if match.group("m") else None
        if "y" not in match.groupdict() and month is not None:
            last = _cn_or_arabic(match.group("m2")) if match.groupdict().get("m2") else month
            year = _report_year_of(last, year, report_month)
        day = _cn_or_arabic(match.group("d")) if match.groupdict().get("d") else None
    except (UnparseableNumber, ValueError):
        return None
    if not 1900 <= year <= 2100 or (month is not None and not 1 <= month <= 12):
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    groups = match.groupdict()
    if groups.get("period") == "度":  # '2022年度' is the year 2022, '2021—2023年度' the years 2021 to 2023, as printed
        groups["period"] = None
    if groups.get("period"):
        period = groups["period"]
        quarter = re.search(r"[一二三四1-4]", period)
        if quarter or period in ("上半年", "下半年"):  # a part of the year is the span of its months
            first = 3 * _cn_or_arabic(quarter.group()) - 2 if quarter else (1 if period == "上半年" else 7)
            last = first + (2 if quarter else 5)
            return match.group(), f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"
        return match.group(), f"{year:04d}-{PERIOD_ISO[period]}"
    if day is not None and month is not None and (groups.get("d2") or groups.get("d3")):
        return _day_range(match, year, month, day)
    if groups.get("m2") and month is not None:
        try:
            month2 = _cn_or_arabic(groups["m2"])
        except (UnparseableNumber, ValueError):
            return None
        if not month < month2 <= 12:
            return None
        return match.group(), f"{year:04d}-{month:02d}/{year:04d}-{month2:02d}"
    if match.groupdict().get("y2"):
        try:
            year2 = _cn_or_arabic(match.group("y2"))
        except (UnparseableNumber, ValueError):
            return None
        if not year < year2 <= 2100 or month is not None:
            return None
        return match.group(), f"{year}/{year2}"
    iso = f"{year:04d}"
    if month is not None:
        iso += f"-{month:02d}"
        if day is not None:
            iso += f"-{day:02d}"
    return match.group(), iso


def _day_range(match: re.Match[str], year: int, month: int, day: int) -> tuple[str, str] | None:
    """'2019年3月15日至17日' -> 2019-03-15/2019-03-17, '3月28日至4月2日' -> ..-03-28/..-04-02; None if it runs backwards."""
    groups = match.groupdict()
    try:
        month2 = _cn_or_arabic(groups["m3"]) if groups.get("m3") else month
        day2 = _cn_or_arabic(groups.get("d2") or groups["d3"])
    except (UnparseableNumber, ValueError):
        return None
    if not (1 <= month2 <= 12 and 1 <= day2 <= 31) or (month2, day2) <= (month, day):
        return None
    return match.group(), f"{year:04d}-{month:02d}-{day:02d}/{year:04d}-{month2:02d}-{day2:02d}"


def _range_start(text: str, match: re.Match[str]) -> int | None:
    """Where a date with a range end that would not parse ends without it: '2019年12月至1月' -> after '2019年12月'."""
    for group in ("dto", "dto2", "mto", "yto"):
        if group in match.groupdict() and match.group(group):
            at = match.start(group)
            if group in ("mto", "yto"):  # '2019年12-1月' has no month before the range, '2020-2016年' no year
                return at + 1 if text[at] in "月年" else None
            return at
    return None


def _report_year_of(month: int, report_year: int, report_month: int | None) -> int:
    """The year of a month printed without one: the report's, or the year before when the month comes after the
    report's date (a report on 2023 dated 2024年1月 says '1—11月', '12月份' of 2023)."""
    return report_year - 1 if report_month is not None and month > report_month else report_year


def find_dates(text: str, report_year: int | None, excluded: Sequence[tuple[int, int]],
               report_month: int | None = None) -> list[Found]:
    found: list[Found] = []
    for pattern in (DATE_RE, MONTH_DAY_RE, MONTH_RANGE_RE):
        pos = 0
        while (m := pattern.search(text, pos)) is not None:
            pos = m.end()
            if _overlaps(*m.span(), excluded) or _overlaps(*m.span(), [(f.start, f.end) for f in found]):
                continue
            if m.start() > 0 and text[m.start() - 1] in DIGITS:
                continue
            parsed = parse_date(m, report_year, report_month)
            if parsed is None and (end := _range_start(text, m)) is not None:
                m = pattern.match(text, m.start(), end) or m  # a range that runs backwards: its start alone,
                pos = m.end()  # and what follows it is looked at again ('2020年至2016年': two years)
                parsed = parse_date(m, report_year, report_month)
            if parsed is None:
                continue
            raw, iso = parsed
            found.append(Found(m.start(), m.end(), raw, None, None, "", "date", None, "", "", iso, "", sentence_of(text, *m.span())))
    for m in MONTH_NO_YEAR_RE.finditer(text):
        month_iso = month_without_year(m, report_year, report_month)
        if month_iso is None or _overlaps(*m.span(), excluded) or _overlaps(*m.span(), [(f.start, f.end) for f in found]):
            continue
        found.append(Found(m.start(), m.end(), m.group(), None, None, "", "date", None, "", "", month_iso, "", sentence_of(text, *m.span())))
    return sorted(found, key=lambda f: f.start)


def month_without_year(match: re.Match[str], report_year: int | None, report_month: int | None = None) -> str | None:
    """'6月底' -> '2018-06' in a 2018 report, '去年12月' -> '2017-12', '今年上半年' -> '2018-01/2018-06'; None for a
    bare month or half year with no year word ('6月,', '上半年'), or without a report year."""
    rel, half, part = match.group("rel"), match.group("half"), match.group("part")
    if report_year is None or not (rel or part) or (half and not rel):
        return None
    year = report_year + RELATIVE_YEAR[rel] if rel else report_year
    if half:
        first = 1 if half == "上半年" else 7
        return f"{year:04d}-{first:02d}/{year:04d}-{first + 5:02d}"
    try:
        month = _cn_or_arabic(match.group("m"))
    except (UnparseableNumber, ValueError):
        return None
    if not rel:  # ('今年12月' says its year)
        year = _report_year_of(month, year, report_month)
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None


def _signed(text: str, m: re.Match[str]) -> bool:
    """The match's sign is a minus: '增长-2.5%'; not the dash of a range or span ('3-5', '2019-2020')."""
    return bool(m.group("sign")) and NUMBER_BEFORE_RE.search(text, max(0, m.start("sign") - 12), m.start("sign")) is None


def _skip_quantity(text: str, m: re.Match[str], start: int) -> bool:
    """Ordinals (also listed ones and 届 sessions), indefinite 一, vague 数十/几百, idioms with a bare 千/万, words
    that start with a count unit ('3单元'), and numbers glued to Latin letters or other digits. `start` is where the
    number starts, with its sign."""
    before = text[start - 1] if start > 0 else ""
    n1 = m.group("n1")
    if before == "第" or (before.isascii() and before.isalpha()):
        return True
    if before in DIGITS or before == ".":
        return True
    if n1 in LONE_MULTIPLIERS:
        return True
    if before in VAGUE_BEFORE and BARE_MULTIPLIER_RE.fullmatch(n1):
        return True
    if ORDINAL_LIST_RE.search(text, max(0, start - 24), start):
        return True
    if text[m.end():m.end() + 1] and text[m.end()] in WORD_AFTER_UNIT.get(m.group("unit"), ""):
        return True
    if m.group("unit") == "届" and (re.fullmatch(CN_YEAR, n1) or SESSION_AFTER_RE.match(text, m.end())):
        return True
    if m.group("unit") == "次" and MEETING_RE.match(text, m.end()) and SESSION_BEFORE_RE.search(text, max(0, start - 10), start):
        return True  # '十七届人大三次会议' numbers a meeting of a session; '召开3次会议' counts meetings
    if m.group("unit") == "年" and not re.search(r"\d", n1):
        return True  # '九年义务教育', '三年行动': a span of years in words names a thing, it does not count one
    if m.group("unit") in DIGITS_ONLY_UNITS and (not ARABIC_ONLY_RE.fullmatch(n1) or _glued_after(text, m)):
        return True  # '十分重要', '三分之一', '一对一', '1对1', '9时30分'
    if not ARABIC_ONLY_RE.fullmatch(n1) and (NAMED_SET_AFTER_RE.match(text, m.end()) and m.group("unit") in COUNT_OF_ITEMS):
        return True  # '以上五项合计', '四个不摘': a count in words that names the items or a slogan, no quantity
    if m.group("unit") == "期" and not ARABIC_ONLY_RE.fullmatch(n1) and all_han(text[m.end():m.end() + 1]):
        return True  # '二期投资4.8亿元', '三期工程': a phase named, not a count of sessions ('培训三期' is one)
    if m.group("unit") in CATEGORY_UNITS and _ranked_in_a_list(text, n1, m.group("unit"), start, m.end()):
        return True  # '一类、二类、三类户': categories named by rank ('三类企业' alone counts three kinds)
    return n1 == INDEFINITE and not m.group("n2") and not m.group("scale") and m.group("unit") in units.COUNT_UNITS


def _ranked_in_a_list(text: str, numeral: str, unit: str, start: int, end: int) -> bool:
    """Whether '二类' stands in a 、 list beside '一类' or '三类' (the ranks before and after it)."""
    rank = RANKS.find(numeral)
    if rank < 0:
        return False
    before = RANKS[rank - 1] + unit + "、" if rank > 0 else None
    after = "、" + RANKS[rank + 1] + unit if rank + 1 < len(RANKS) else None
    return bool((before and text.endswith(before, 0, start)) or (after and text.startswith(after, end)))


def _glued_after(text: str, m: re.Match[str]) -> bool:
    """What may not follow a unit read only after Arabic digits: 分别, 分之, 分为… ; '1对1'; nor precede it: '9时30分'."""
    unit, after = m.group("unit"), text[m.end():m.end() + 1]
    if unit == "分":
        return after in "别钟之为配成布类享期批解管工散项红化级段支" or text[max(0, m.start() - 1):m.start()] in ("时", "点")
    return after.isdigit() or after in "一二三四五六七八九十"


def _rank_move(text: str, m: re.Match[str], start: int, previous: Found | None) -> bool:
    """'排名前移4位' and '前进3名' move a rank, and so does '2位' listed after one ('分别前移4位、2位'); '选派4位专家' and
    '晋升3名干部' count people."""
    if m.group("unit") not in RANK_MOVE_UNITS or m.group("scale") or m.group("times"):
        return False
    after = text[m.end():m.end() + 1]
    if all_han(after) and after not in RANK_MOVE_AFTER:
        return False
    if previous is not None and previous.base_unit == units.RANK_BASE and 0 < start - previous.end <= 2 \
            and set(text[previous.end:start]) <= LIST_SEPARATORS:
        return True
    return RANK_MOVE_BEFORE_RE.search(text, max(0, start - 4), start) is not None


def _number(text: str) -> Decimal:
    return numbers.parse_number(text)


def quantity_from_match(m: re.Match[str]) -> tuple[Decimal | None, Decimal | None, str, str, str, Decimal | None, str]:
    """(value, value_max, unit, scale, base_unit, base_value, note) for a quantity match."""
    n1, n2 = m.group("n1"), m.group("n2")
    scale = m.group("scale") or ""
    base_unit = m.group("unit") + ("次" if m.group("times") else "")
    if scale and scale + base_unit in units.BASE_UNITS:  # '85.6千米' is 85.6 千米, not 85.6千 米
        scale, base_unit = "", scale + base_unit
    if not scale and not n2:
        head, tail = numbers.split_scale(n1)
        if tail and units.accepts_scale(tail, base_unit):
            n1, scale = head, tail
    if scale and not units.accepts_scale(scale, base_unit):
        n1, n2 = n1 + scale if not n2 else n1, (n2 + scale) if n2 else None
        scale = ""
    unit = scale + base_unit
    try:
        value = _number(n1)
        value_max = _number(n2) if n2 else None
    except UnparseableNumber as err:
        return None, None, unit, scale, base_unit, None, str(err)
    if value_max is not None and value_max <= value:
        return None, None, unit, scale, base_unit, None, f"range runs backwards: {m.group()}"
    return value, value_max, unit, scale, base_unit, units.to_base(value, scale, base_unit), ""


def find_quantities(text: str, excluded: Sequence[tuple[int, int]]) -> list[Found]:
    found: list[Found] = []
    pos = 0
    while True:
        m = QUANTITY_RE.search(text, pos)
        if m is None:
            break
        pos = m.start() + 1
        negative = _signed(text, m)
        start = m.start("sign") if negative else m.start("n1")
        if _overlaps(*m.span(), excluded):
            continue
        if _skip_quantity(text, m, start):
            pos = m.end("n1")  # never read the tail of a skipped numeral: '二〇二〇届' is not 〇二〇届
            continue
        value, value_max, unit, scale, base_unit, base_value, note = quantity_from_match(m)
        if negative and value is not None and base_value is not None:
            value, base_value = -value, -base_value
        kind = units.unit_kind(base_unit)
        alternative = UNIT_ALTERNATIVE_RE.match(text, m.end()) if kind == "count" and unit else None
        end = alternative.end() if alternative else m.end()
        after = APPROX_AFTER_RE.match(text, end)
        approx = (m.group("pre") or "") + (m.group("mid") or "") + (m.group("suf") or "") + (after.group() if after else "")
        raw = text[start:end]
        if _rank_move(text, m, start, found[-1] if found else None):
            kind, base_unit = "other", units.RANK_BASE
        if value is not None and not (negative or value_max is not None or m.group("mid") or m.group("suf")):
            listed_spans = _listed_before(text, start, excluded)
            if not listed_spans and not m.group("pre"):
                listed_spans = _labelled_before(text, start, m.end(), excluded)
            for s, e in listed_spans:
                try:
                    listed = _number(text[s:e])
                except UnparseableNumber:
                    continue  # ('52,10、3684人': a list item no number could be printed as is read as none)
                found.append(Found(s, e, text[s:e], listed, None, unit, kind, units.to_base(listed, scale, base_unit),
                                   base_unit, after.group() if after else "", None, "", sentence_of(text, s, e)))
        found.append(Found(start, end, raw, value, value_max, unit, kind, base_value, base_unit, approx, None, "", sentence_of(text, start, end), note))
        pos = end
    return found


def _listed_before(text: str, at: int, excluded: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the bare numbers listed right before the figure at `at`, which share its unit:
    '100、200、300万元' -> the spans of 100 and 200. None if the figure is no Arabic number, or if the list is
    glued to a letter, a digit or 第, touches an excluded span (a date), or may start with an item number."""
    if not ARABIC_RE.match(text, at):
        return []
    spans: list[tuple[int, int]] = []
    separators = ""
    while (m := BARE_LISTED_RE.search(text, max(0, at - 40), at)) is not None and (not spans or m.group("sep") == "、"):
        spans.insert(0, m.span("n"))
        separators = m.group("sep") + separators
        at = m.start()
    if not spans:
        return []
    before = text[at - 1] if at > 0 else ""
    if before in DIGITS or before in GLUED_BEFORE or (before.isascii() and before.isalpha()) or _overlaps(at, spans[-1][1], excluded):
        return []
    if (before in CLAUSE_START or before.isspace()) and separators == "、":
        return []  # '2、300万元用于修路': the 2 is an item number
    return spans


def _cjk_run_start(text: str, at: int) -> int:
    """Where the run of Chinese characters that ends at `at` starts."""
    while at > 0 and "\u4e00" <= text[at - 1] <= "\u9fff":
        at -= 1
    return at


def _item_label(label: str) -> bool:
    """A label an item of a labelled list may carry: '基础设施'; not '二村', '第一组', '热线', '投入', '教育约'."""
    return (0 < len(label) <= MAX_ITEM_LABEL and label not in NOT_A_LABEL and not NUMBER_WORDS & set(label)
            and not any(word in label for word in ID_WORDS) and not label.endswith(APPROX_BEFORE))


def _labelled_before(text: str, at: int, end: int, excluded: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the bare numbers listed, each after its own short label, right before the labelled figure at
    text[at:end], which share its unit: '其中产业1000、基础设施500、教育200万元' -> the spans of 1000 and 500.
    Items are joined by 、 (和/及 only before the figure) within one clause. None if any item or label breaks the
    shape (a digit, letter, year, ordinal, number word or identifier), or if the list goes on after the figure."""
    if not ARABIC_RE.match(text, at) or LIST_GOES_ON_RE.match(text, end):
        return []
    spans: list[tuple[int, int]] = []
    label_start = _cjk_run_start(text, at)
    label = text[label_start:at]
    before = text[label_start - 1] if label_start > 0 else ""
    if label[:1] in ("和", "及") and before in DIGITS:
        label_start += 1  # '产业1000和教育200万元': 和 joins the last item, it is no part of its label
        label, before = label[1:], text[label_start - 1]
    while before in ("、", "和", "及"):
        if not _item_label(label):
            return []
        number = ARABIC_END_RE.search(text, max(0, label_start - 41), label_start - 1)
        if number is None or YEAR_LIKE_RE.fullmatch(number.group()):
            return []
        spans.insert(0, number.span())
        label_start = _cjk_run_start(text, number.start())
        label = text[label_start:number.start()]
        before = text[label_start - 1] if label_start > 0 else ""
    if not spans or not _item_label(label) or before not in LABELLED_LIST_STARTS or _overlaps(label_start, end, excluded):
        return []
    return spans


def find_lone_multiples(text: str, excluded: Sequence[tuple[int, int]]) -> list[Found]:
    """'近千户' -> 1000户 (近), '万余人' -> 1万人 (余), '逾亿元' -> 1亿元 (逾): only with an approximate word."""
    found = []
    for m in LONE_RE.finditer(text):
        pre, suf = m.group("pre") or "", m.group("suf") or ""
        before = text[m.start() - 1] if m.start() else ""
        if not (pre or suf) or _overlaps(*m.span(), excluded) or before in DIGITS or (before and before in "一二两三四五六七八九十百千万亿数几"):
            continue
        lone, base_unit = m.group("lone"), m.group("unit") + ("次" if m.group("times") else "")
        if lone in units.SCALES and units.accepts_scale(lone, base_unit):
            value, scale = Decimal(1), lone
        else:
            value, scale = LONE_VALUE[lone], ""
        start = m.start("lone")
        found.append(Found(start, m.end(), text[start:m.end()], value, None, scale + base_unit, units.unit_kind(base_unit),
                           units.to_base(value, scale, base_unit), base_unit, pre + suf, None, "", sentence_of(text, start, m.end())))
    return found


def find_percent_words(text: str, excluded: Sequence[tuple[int, int]]) -> list[Found]:
    """'完工率达到百分之九十五' -> 95 %; '百分之百' -> 100 %, '千分之三' -> 3 ‰ (0.3 %)."""
    found = []
    for m in PERCENT_WORDS_RE.finditer(text):
        start, numeral = m.start("per"), m.group("n")
        if _overlaps(start, m.end(), excluded):
            continue
        unit = PERCENT_WORDS_UNIT[m.group("per")]
        try:  # a bare 百/千 is one hundred or one thousand: '百分之百'
            value: Decimal | None = numbers.parse_chinese("一" + numeral if numeral[0] in "百千" else numeral)
        except UnparseableNumber as err:
            value, note = None, str(err)
        else:
            note = ""
        base_value = units.to_base(value, "", unit) if value is not None else None
        found.append(Found(start, m.end(), text[start:m.end()], value, None, unit, "percent", base_value, unit,
                           m.group("pre") or "", None, "", sentence_of(text, start, m.end()), note))
    return found


def find_tenths(text: str, excluded: Sequence[tuple[int, int]]) -> list[Found]:
    """'约占五成' -> 5 成, percent, base 50 %; '八成以上' -> 8 成 (80 %); '近3成' -> 3 成 (30 %), approx 近."""
    found = []
    for m in TENTHS_RE.finditer(text):
        start = m.start("n")
        if _overlaps(start, m.end(), excluded):
            continue
        value = numbers.parse_number(m.group("n"))
        after = APPROX_AFTER_RE.match(text, m.end())
        approx = (m.group("pre") or "") + (m.group("suf") or "") + (after.group() if after else "")
        found.append(Found(start, m.end(), text[start:m.end()], value, None, units.TENTHS, "percent",
                           units.to_base(value, "", units.TENTHS), units.TENTHS, approx, None, "", sentence_of(text, start, m.end())))
    return found


def structure_named_before(text: str, at: int) -> str:
    """The structure the clause up to `at` names, as a label ('三次产业结构' of '全县三次产业结构由16.8:35.2:48.0调整为',
    figures inside the clause too), or ''."""
    start = max(text.rfind(c, 0, at) for c in ",。;!?\n") + 1
    named = STRUCTURE_RE.search(text, start, at)
    return clean_label(text[start:named.end()]) if named else ""


def find_ratios(text: str, excluded: Sequence[tuple[int, int]]) -> list[Found]:
    """'三次产业结构调整为15.2:36.9:48.7' -> 15.2 %, 36.9 % and 48.7 %, percent, each noted as the k-th of n parts of
    its ratio (relations.find_relations checks that they make 100 %)."""
    found: list[Found] = []
    for m in RATIO_RE.finditer(text):
        if _overlaps(m.start(), m.end(), excluded):
            continue
        label = structure_named_before(text, m.start())
        if not label:
            continue
        parts = list(RATIO_PART_RE.finditer(text, m.start(), m.end()))
        values = [Decimal(p.group()) for p in parts]
        if any(v > 100 for v in values) or not RATIO_SUM[0] <= sum(values) <= RATIO_SUM[1]:
            continue
        printed = m.group().replace(" ", "")
        for k, (part, value) in enumerate(zip(parts, values, strict=True), start=1):
            note = f"{RATIO_NOTE}{printed}的第{k}项,共{len(parts)}项(单位%为推定)"
            found.append(Found(part.start(), part.end(), part.group(), value, None, "%", "percent", units.to_base(value, "", "%"),
                               "%", "", None, label, sentence_of(text, part.start(), part.end()), note))
    return found


def find_bare_money(text: str, taken: Sequence[tuple[int, int]]) -> list[Found]:
    """'项目总投资达1.2亿' -> raw '1.2亿', 1.2 亿元, money, base 120000000 元: a scaled number with no unit, in a clause
    about money. The raw shows the missing 元; the value is exact, so no approx word or note is added for it."""
    found = []
    for m in BARE_MONEY_RE.finditer(text):
        start = m.start("n")
        before = text[start - 1] if start else ""
        if _overlaps(m.start(), m.end(), taken) or before in DIGITS or before in GLUED_BEFORE or (before.isascii() and before.isalpha()):
            continue
        after = text[m.end():m.end() + 1]
        if after and not (after in CLAUSE_BREAK or after.isspace() or text.startswith(NOT_A_UNIT_AFTER, m.end())):
            continue
        if after.isspace() and UNIT_START_RE.match(text[m.end():m.end() + 8].lstrip()):
            continue  # '9.23万\n元': a unit wrapped onto the next line
        floor = max((e for _, e in taken if e <= m.start()), default=0)
        if not clean_label(clause_before(text, m.start(), floor)).endswith(MONEY_WORDS):
            continue
        try:
            value = _number(m.group("n"))
        except UnparseableNumber:
            continue
        scale = m.group("scale")
        approx = (m.group("pre") or "") + (m.group("mid") or "") + (m.group("suf") or "")
        found.append(Found(start, m.end(), text[start:m.end()], value, None, scale + "元", "money", units.to_base(value, scale, "元"),
                           "元", approx, None, "", sentence_of(text, start, m.end())))
    return found


# A numeral and 套 or 类 that qualifies the noun after it, whose own figure follows ('首套住房贷款…、二套住房贷款329笔',
# '二类村23个'): part of a name, no count (not '三类', '建成二百套安置房').
QUALIFIER_NUMERAL_RE = re.compile(r"[一二两三四五六七八九十][套类]")
NAMED_FIGURE_AFTER_RE = re.compile(r"[^\W\d_为达占是有共计约近的分别]{1,8}?\s*\d")  # (a noun, then its figure)


def find_figures(text: str, report_year: int | None, report_month: int | None = None) -> list[Found]:
    """Every figure in a text, in reading order, labelled: dates first, then quantities elsewhere. report_year and
    report_month (the report's date) give months printed without a year theirs."""
    excluded = excluded_spans(text)
    dates = find_dates(text, report_year, excluded, report_month)
    percents = find_percent_words(text, excluded + [(d.start, d.end) for d in dates])
    percents += find_tenths(text, excluded + [(f.start, f.end) for f in dates + percents])
    percents += find_ratios(text, excluded + [(f.start, f.end) for f in dates + percents])
    quantities = percents + find_quantities(text, excluded + [(f.start, f.end) for f in dates + percents])
    quantities = [f for f in quantities if not QUALIFIER_NUMERAL_RE.fullmatch(f.raw) or not NAMED_FIGURE_AFTER_RE.match(text, f.end)]
    taken = excluded + [(f.start, f.end) for f in dates + quantities]
    quantities += find_lone_multiples(text, taken)
    quantities += find_bare_money(text, excluded + [(f.start, f.end) for f in dates + quantities])
    ordered = sorted(dates + quantities, key=lambda f: f.start)
    out: list[Found] = []
    floor = 0
    previous = ""
    dated = ""  # what the words before a date name: '村集体经济收入' of '村集体经济收入2022年为8.3万元'
    for f in ordered:
        if f.kind == "date":
            out.append(f)
            dated = clean_label(clause_before(text, f.start, floor)) or (dated if not _sentence_break(text, floor, f.start) else "")
            floor = f.end
            continue
        if f.note.startswith(RATIO_NOTE):
            label = f.label  # every part of '三次产业结构调整为15.2:36.9:48.7' measures the structure (find_ratios)
        else:
            label = figure_label(text, f.start, f.end, f.unit.partition("/")[0], floor, previous)  # a rate by its money
        if not label and out and out[-1].kind == "date" and out[-1].end == floor and DATED_VERB_RE.fullmatch(text, floor, f.start):
            label = dated  # '…收入2022年为8.3万元,2023年为12.6万元': each year's figure measures what the sentence names
        if out and out[-1].unit in units.AGE_UNITS and out[-1].end == floor and all_han(text[floor:f.start]):
            label = out[-1].raw + text[floor:f.start]  # '60岁及以上人口68.42万人': the age names the group
        out.append(_with_label(f, label))
        previous = label
        floor = f.end
    out = _label_changes(text, _label_respective(text, out))
    return [replace(f, base_unit=units.BASE_OF.get(f.base_unit, f.base_unit)) for f in out]


def _sentence_break(text: str, start: int, end: int) -> bool:
    return any(ch in "。;;!!??\n" for ch in text[start:end])


def _label_changes(text: str, found: list[Found]) -> list[Found]:
    """A figure labelled only by a change ('同比增长', '较上年减少', '下降') changes the figure before it in its sentence:
    '地区生产总值186.5亿元,同比增长6.2%' -> 地区生产总值同比增长. That figure is the last one of the same unit (money
    changed by money, percentage points by a percent), else the last one that is no change and no share itself; a
    growth rate in % changes the figure just before it, whatever its unit."""
    out = list(found)
    for index, f in enumerate(out):
        if f.kind == "date" or not CHANGE_ONLY_RE.fullmatch(f.label):
            continue
        sentence_start = max(text.rfind(ch, 0, f.start) for ch in SENTENCE_END) + 1
        earlier = [g for g in out[:index] if g.kind != "date" and g.start >= sentence_start and g.label
                   and not CHANGE_ONLY_RE.search(g.label) and not g.label.startswith("占") and not _measured_against(text, g)]
        if not earlier:
            continue
        if f.kind == "percent" and not f.unit.endswith("百分点"):
            subject = earlier[-1]  # a growth rate changes whatever it follows: '…医保基金支出9.87亿元,较上年减少2.3%'
        else:
            unit = "%" if f.unit.endswith("百分点") else f.base_unit
            subject = ([g for g in earlier if g.base_unit == unit] or earlier)[-1]
        out[index] = _with_label(f, subject.label + f.label)
    return out


def _measured_against(text: str, g: Found) -> bool:
    """A figure that only measures the amount before it against something ('为调整预算的102.3%', '较协议目标8,000万元',
    '超额8.1%'): no subject of a change that follows ('…,同比增长6.8%' changes the amount, 86,420万元)."""
    before = text[max(0, g.start - 10):g.start]
    return ((g.kind == "percent" and before.endswith("的")) or COMPARED_TO_RE.search(before) is not None
            or g.label in ("超额", "超出"))


def _label_respective(text: str, found: list[Found]) -> list[Found]:
    """Figures listed after 分别为 or 分别 + a verb ('分别增长', '分别占', '分别新建车间') are labelled by the subject
    before the cue, each by its item where the subject lists as many (labels.respective_labels), not by '分别'."""
    out = list(found)
    for cue in re.finditer("分别", text):
        first = next((f for f in out if f.start >= cue.end() and f.kind != "date"), None)
        verb = RESPECTIVE_VERB_RE.fullmatch(text, cue.end(), first.start) if first else None
        listed = _listed_after(text, out, first.start) if first and verb else []
        if not verb or not listed or (verb.group("verb").replace(" ", "") not in RESPECTIVE_BE and len(listed) < 2):
            continue
        head = out[listed[0]]
        at, said = cue.start(), verb.group("verb")
        if compared := COMPARED_BEFORE_RE.search(text, 0, at):
            at, said = compared.start(), compared.group() + said  # '…死亡3人,较上年分别下降20%和25%' as '分别较上年下降'
        sentence_start = max(text.rfind(ch, 0, at) for ch in SENTENCE_END) + 1
        earlier = [f for f in out if sentence_start <= f.start and f.end <= at and f.kind != "date"]
        totals = [f for f in earlier if f.kind == head.kind and f.base_unit == head.base_unit
                  and not BASE_OF_RATIO_RE.match(text, f.end)]  # not '目标任务27800人的102.2%': a base, no total
        labels = respective_labels(text, at, len(listed), totals[-1].label if totals else "", said,
                                   [f.label for f in earlier[-len(listed):]] if len(earlier) >= len(listed) else [])
        for index, label in zip(listed, labels, strict=True):
            if label:
                out[index] = _with_label(out[index], label)
    return out


def _listed_after(text: str, found: Sequence[Found], at: int) -> list[int]:
    """Indices of the figures printed as a list right at `at`: '6个、8个和1个'."""
    listed: list[int] = []
    for index, f in enumerate(found):
        if f.start < at or f.kind == "date":
            continue
        gap = text[at:f.start]
        if len(gap) > 2 or any(ch not in LIST_SEPARATORS for ch in gap) or (listed and not gap):
            break
        listed.append(index)
        at = f.end
    return listed


def _with_label(f: Found, label: str) -> Found:
    return Found(f.start, f.end, f.raw, f.value, f.value_max, f.unit, f.kind, f.base_value, f.base_unit, f.approx, f.date_iso, label, f.sentence, f.note)
