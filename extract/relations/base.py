"""What every relation reader shares: the cue words, spans of text, a figure's role, and the builder that numbers relations."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from extract.labels import BASE_OF_RATIO_RE, COMPARED_TO_RE
from extract.records import Figure, Relation
from extract.units import AGE_UNITS

# 包括 breaks down the figure just before it ('产业资金600万元,包括茶叶400万元、魔芋200万元'); '(包括…)' is left
# to _included, like '(含…)'.
LIST_CUE_RE = re.compile(r"其中(?:包括)?|分别为|分别是|分别有|分别达到|分别达|分别占|构成为|具体为|具体是|(?<![(（])(?:包括|涵盖)"
                         r"|(?<=来源|构成|用途|投向|分布|安排|具体)如下[::](?=[^\n\d(（一二三四五六七八九十])")  # '资金来源如下:衔接资金60万元,…'
# Words just before a figure that make it a rate, a change or a threshold, never a part or a whole of a sum.
RATE_BEFORE_RE = re.compile(r"(?:人均|户均|平均|均|每人|每户|每亩)[^,,;;。]{0,6}$"
                            r"|每[十百千万]?(?:名|位|个|户|人|亩|家|平方公里|公里|平方米)[^,,;;。]{0,12}$")  # '每千名老年人拥有养老床位'
CHANGE_BEFORE_RE = re.compile(r"(?:较上年|比上年|同比|较去年|比去年|环比|较\d{4}年)?(?:增加|减少|增长|下降|提高|降低|上升|增收)了?$"
                               r"|超额(?:完成)?$|超出$")  # '实际完成128户,超额完成8户': by how much, no amount of its own
THRESHOLD_BEFORE_RE = re.compile(r"(?:超过|高于|低于|不足|不到|达到|在)$")
# '超过10万元的村', '10万元以上的村', and '800人以上大型安置点' (a threshold before a word, not before a comma)
THRESHOLD_AFTER_RE = re.compile(r"^(?:(?:以上|以下|以内|及以上)(?:的|[\u4e00-\u9fff])|的)")
ITEM_RE = re.compile(
    r"^(?:(?P<arabic>\d{1,2})[、.．](?!\d)|[(（]?(?P<bracketed>\d{1,2})[)）]"
    r"|[(（](?P<cn>[一二三四五六七八九十]{1,3})[)）]|(?P<shi>[一二三四五六七八九十]{1,3})是)"
)
OPEN_BRACKETS = "(（"
CLOSE_BRACKETS = ")）"
CUE_PUNCTUATION = "。;;,,:: "  # stripped from either end of a printed cue
STOCK_CLAUSE_RE = re.compile(r"年末|期末|年底|余额")  # a clause that says a stock
CLAUSE_BREAK_RE = re.compile(r"[,,;;。]")  # a clause's end, a sentence's too
# A figure said as income or as spending ('…合计收入27,924.90万元', '支出24,234.15万元'): flows the other way of one
# another, never parts of one sum.
INCOME_LEAD_RE = re.compile(r"收入(?:合计|总计|总额)?(?:为|达|达到|完成)?$")
SPENDING_LEAD_RE = re.compile(r"支出(?:合计|总计|总额)?(?:为|达|达到|完成)?$")
SENTENCE_END = "。!?\n"
CN_ORD = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


# Counters of organisations: the general 个 and the specific 家 (enterprises, farms) and 所 (schools,
# clinics). One list may mix them: '经营主体146个,其中合作社98个、家庭农场37个、龙头企业11家'.
ORGANISATION_COUNTERS = frozenset("个家所")
# Counters of people: '帮助2135名农村劳动力…,其中省外就业824人、省内就业1311人' counts people in both.
PEOPLE_COUNTERS = frozenset("人名位")


def measure(f: Figure) -> tuple[str, str]:
    """Figures that can be added up share a measure: money in 元, the same count unit, people counted in 人, 名 or
    位, or organisations counted in 个, 家 or 所 (a sum that mixes them has low confidence: see _Builder.add)."""
    if f.kind == "count" and f.base_unit in ORGANISATION_COUNTERS:
        return f.kind, "个"
    if f.kind == "count" and f.base_unit in PEOPLE_COUNTERS:
        return f.kind, "人"
    return f.kind, f.base_unit


def _sentence(text: str, offset: int) -> Span:
    left = max(text.rfind(ch, 0, offset) for ch in SENTENCE_END) + 1
    rights = [i for i in (text.find(ch, offset) for ch in SENTENCE_END) if i >= 0]
    return Span(left, min(rights) + 1 if rights else len(text))


def _paragraph(text: str, offset: int) -> Span:
    left = text.rfind("\n", 0, offset) + 1
    right = text.find("\n", offset)
    return Span(left, right if right >= 0 else len(text))


def _addable(f: Figure) -> bool:
    """An amount that adds up: not an age ('60岁及以上人口', '65岁': where a group begins, never summed)."""
    return f.kind in ("money", "count", "other") and f.value is not None and f.value_max is None and f.base_unit not in AGE_UNITS


def _role(text: str, f: Figure) -> str:
    """'rate' (人均2600元), 'change' (较上年增加12家), 'threshold' (超过10万元的村, 限额…以内), 'reference' (较协议目标
    8000万元, 目标任务27800人的102.2%) or 'amount'."""
    before = text[max(0, f.doc_start - 12):f.doc_start]
    after = text[f.doc_end:f.doc_end + 4]
    if RATE_BEFORE_RE.search(before) or any(w in f.label for w in ("人均", "户均", "平均")):
        return "rate"
    if any(w in f.label for w in ("最高", "最低")):
        return "threshold"  # '单缴存职工最高额度40万元,双缴存职工最高额度60万元': caps, never added
    if CHANGE_BEFORE_RE.search(before):
        return "change"
    if THRESHOLD_AFTER_RE.match(after) and (THRESHOLD_BEFORE_RE.search(before) or after.startswith(("以上", "以下", "以内"))):
        return "threshold"
    if after.startswith("以内"):
        return "threshold"  # '债务余额控制在上级核定的限额66.9亿元以内': a limit, no amount
    if COMPARED_TO_RE.search(before) or BASE_OF_RATIO_RE.match(after):
        return "reference"  # '较协议目标8,000万元超额8.1%', '完成目标任务27800人的102.2%': what an amount is measured against
    return "amount"


def _summable(text: str, f: Figure) -> bool:
    """A figure that can be a part or a whole of a breakdown: an amount, not a rate, change or threshold."""
    return _addable(f) and _role(text, f) == "amount"


def _paren_end(text: str, start: int, limit: int) -> int:
    """If `start` sits inside an open bracket, where that bracket closes; else `limit`."""
    open_at = max(text.rfind(ch, 0, start) for ch in OPEN_BRACKETS)
    close_at = max(text.rfind(ch, 0, start) for ch in CLOSE_BRACKETS)
    if open_at > close_at and start - open_at < 40:
        ends = [i for i in (text.find(ch, start, limit) for ch in CLOSE_BRACKETS) if i >= 0]
        return min(ends) if ends else limit
    return limit


class _Builder:
    """Collects relations with ids in order and remembers which figures already play a part."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self.relations: list[Relation] = []
        self.children: set[str] = set()
        self.parents: set[str] = set()
        self.exact_lists: list[tuple[int, int]] = []  # where the parts of each sum that makes its total exactly are
        self.figures: dict[str, Figure] = {}  # the figures of the relations so far, by id
        self.sums_of: dict[Decimal, list[Relation]] = {}  # the sums so far, by their total's value

    def summed_children(self) -> set[str]:
        """The figures that are parts of a sum or a balance (a subset's parts may still add up to a total of their own)."""
        return {k for r in self.relations if r.type in ("sum", "balance") for k in r.child_figure_ids}

    def summed_parents(self) -> set[str]:
        return {r.parent_figure_id for r in self.relations if r.type in ("sum", "balance")}

    def whole_of(self, part: Figure, among: Sequence[Figure]) -> Figure | None:
        """The total (one of `among`) of the sum `part` is a part of, if any."""
        parent = next((r.parent_figure_id for r in self.relations if r.type == "sum" and part.figure_id in r.child_figure_ids), None)
        return next((f for f in among if f.figure_id == parent), None)

    def add(self, type_: str, parent: Figure | None, kids: Sequence[Figure], cue: str, page: int, low: bool = False,
            subtracted: Sequence[Figure] = ()) -> None:
        key = (parent.figure_id if parent else "", tuple(k.figure_id for k in kids))
        if any((r.parent_figure_id, r.child_figure_ids) == key for r in self.relations):
            return
        if type_ == "subset" and len(kids) == 1 and any(
                r.parent_figure_id == key[0] and key[1][0] in r.child_figure_ids and r.type in ("sum", "subset")
                and not r.subtracted_figure_ids for r in self.relations):
            return  # one part within the total, when parts with it are checked against the total already
        mixed = parent is not None and any(k.base_unit != parent.base_unit and measure(k) == ("count", "个")
                                           for k in kids if k.kind == "count")
        if parent is not None and mixed and (len(kids) < 2 or all(k.base_unit != parent.base_unit for k in kids)):
            return  # '13家企业…其中项目9个': organisations of another kind, unless the list also counts the total's own
        confidence = "low" if low or mixed or any(k.approx for k in kids) or (parent is not None and parent.approx) else "high"
        self.relations.append(
            Relation(self.doc_id, f"R{len(self.relations) + 1:03d}", type_, key[0], key[1], cue, page, confidence,
                     tuple(k.figure_id for k in subtracted))
        )
        self.children.update(key[1])
        self.figures.update((f.figure_id, f) for f in (*kids, *([parent] if parent is not None else [])))
        if type_ == "sum" and parent is not None and parent.base_value is not None:
            self.sums_of.setdefault(parent.base_value, []).append(self.relations[-1])
        if parent is not None:
            self.parents.add(parent.figure_id)
            totals = _parts_total(parent, kids)
            if type_ == "sum" and totals is not None and totals[0] == totals[1]:
                self.exact_lists.append((kids[0].doc_start, kids[-1].doc_end))


def _sign_said(words: str, count: bool = False, stock: str | None = None) -> bool | None:
    """Whether the last change verb in `words` takes away (True) or adds (False); None when none is said. A fund's flow
    nouns (收入, 支出 …) count only where no verb is said: '调增支出24.87亿元' adds, though 支出 is spending. For a
    count (staff, households) 调入 adds and 调出 takes away; for money they sign nothing (调入预算 draws a fund down).
    收回 signs a change only when the stock's words (`stock`) are known: it takes from what is lent or owed (贷款,
    借款, 应收 …: '收回到期贷款') and adds to what is held ('收回闲置土地' to a land reserve), unless the treasury
    takes the money back ('收回统筹使用', '被财政收回': it leaves the balance)."""
    verbs = VERB_RES[count, stock is not None].findall(words)
    said = [v for v in verbs if v not in FLOW_NOUNS] or verbs
    if not said:
        return None
    if said[-1] in RECLAIMED:
        return TREASURY_TAKES_RE.search(words) is not None or CLAIMS_RE.search(stock or "") is not None
    return said[-1] in TAKEN_AWAY + COUNT_TAKEN_AWAY


def _clause_before(text: str, f: Figure) -> str:
    """The words of the figure's clause before it (back to the last comma, semicolon or full stop; 20 characters at most)."""
    return _clause_to(text, f.doc_start)


def _clause_to(text: str, at: int, reach: int = 20) -> str:
    """The words of the clause that runs up to `at` (back to the last comma, semicolon or full stop; `reach` at most)."""
    return CLAUSE_BREAK_RE.split(text[max(0, at - reach):at])[-1]


def _parts_total(parent: Figure, kids: Sequence[Figure]) -> tuple[Decimal, Decimal] | None:
    """(the parts' total, the total) in base units, or None when a value is missing."""
    if parent.base_value is None or any(k.base_value is None for k in kids):
        return None
    return sum((k.base_value for k in kids if k.base_value is not None), Decimal(0)), parent.base_value


def _item_number(paragraph: str) -> int | None:
    m = ITEM_RE.match(paragraph)
    if m is None:
        return None
    if m.group("arabic") or m.group("bracketed"):
        return int(m.group("arabic") or m.group("bracketed"))
    ordinal = m.group("cn") or m.group("shi")
    return CN_ORD.get(ordinal) if len(ordinal) == 1 else (10 + CN_ORD.get(ordinal[-1], 0) if ordinal[0] == "十" else None)


def _paragraphs(text: str) -> list[Span]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append(Span(start, start + len(line)))
        start += len(line) + 1
    return spans


# A clause that turns from a list to another statement: '…,全年新创建4A级景区3个', '…;另有32座正在建设'.
NEW_STATEMENT_RE = re.compile(r"[,,;;](?=全年|今年|当年|年内|本年|同时|另外|此外|另有|还有|全县|全市|全区|全镇|全乡)")
ADDED = ("新增", "增加", "调增", "追加", "借入", "举借", "发行", "转入", "净增", "新识别", "新纳入", "纳入", "增长",
         "补录", "新认定", "新登记", "迁入", "轮入", "缴存", "收入", "购置", "补充", "收储", "入库",
         "发放", "新发生", "新设立", "新注册", "开户", "招录", "录用", "招收", "新入", "归集", "形成", "到位", "到账", "拨入",
         "出生", "新评定", "新评为", "新创建", "增员", "入规", "升规", "收益", "流入", "造林", "开垦", "复垦", "补划",
         "购进", "购入", "收购")
TAKEN_AWAY = ("偿还", "归还", "减少", "调减", "核减", "核销", "转出", "化解", "消化", "压减", "退出", "还本", "注销",
              "清退", "剔除", "兑付", "下降", "迁出", "净减", "轮出", "提取", "支出", "使用", "消耗", "占用",
              "处置", "报废", "出让", "供应", "出库", "回收", "消除", "撤减", "缩减", "削减", "销户", "退休", "辞职", "离职", "死亡", "离校", "离园", "动用", "终止",
              "上缴", "上解", "缴回", "交回", "摘牌", "撤销", "取消", "减员", "退规", "降规", "流出", "返乡", "解保",
              "销售")
FLOW_NOUNS = ("收入", "收益", "支出", "缴存", "提取", "使用")  # a fund's flows: they sign a change only when no verb in its clause does
COUNT_ADDED = ("调入",)  # staff moved between units: a count's change, no fund's
COUNT_TAKEN_AWAY = ("调出",)
ACTION_VERB_RE = re.compile("|".join(sorted((v for v in ADDED + TAKEN_AWAY if v not in FLOW_NOUNS), key=len, reverse=True)))
RECLAIMED = ("收回",)  # taken back: from a loan's balance, into a reserve's (_sign_said)
CLAIMS_RE = re.compile(r"贷款|信贷|借款|欠款|应收|债权|垫付|暂付|借出|放款|周转金")  # stocks of what is lent or owed
# money the treasury takes back from a fund: it leaves the balance it is taken from ('按规定收回统筹使用', '被财政收回')
TREASURY_TAKES_RE = re.compile(r"收回[\u4e00-\u9fff]{0,2}?(?:统筹|国库|财政|上级)|(?:财政|上级|被)收回")
VERB_RES = {(count, reclaim): re.compile("|".join(sorted(
    ADDED + TAKEN_AWAY + ((*COUNT_ADDED, *COUNT_TAKEN_AWAY) if count else ()) + (RECLAIMED if reclaim else ()),
    key=len, reverse=True))) for count in (False, True) for reclaim in (False, True)}
# Both stocks printed before the changes: '由年初的A增至年末的B', '年初、年末…分别为A和B'.
FROM_OPENING = r"[由从](?:年初|期初|上年末|上年底|上年年末)的?"  # '由年初的…', '从上年末的…'
STOCKS_TO_RE = re.compile(r"(?:增|升|降|减|提高|增长|增加|上升|下降|减少|回落|扩大|缩小|调整|变)(?:至|到|为)了?(?:年末|期末|年底)?的?")
# Points a report makes one by one: '一是…;二是…;三是…' at a clause's start.
POINT_RE = re.compile(r"(?<![^。;;,,::\n])(?P<n>[一二三四五六七八九])是")
