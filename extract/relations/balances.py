"""Balances: opening + added − taken away = closing, said in prose (stocks, roll-forwards, budget outturns, year on year)."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from extract.records import BALANCED_CUE, Figure
from extract.relations.base import (
    ACTION_VERB_RE,
    CLAUSE_BREAK_RE,
    FROM_OPENING,
    INCOME_LEAD_RE,
    NEW_STATEMENT_RE,
    SPENDING_LEAD_RE,
    STOCK_CLAUSE_RE,
    STOCKS_TO_RE,
    TAKEN_AWAY,
    Span,
    _addable,
    _Builder,
    _clause_before,
    _clause_to,
    _paragraph,
    _paren_end,
    _role,
    _sentence,
    _sign_said,
    _summable,
    measure,
)
from extract.relations.totals import OPERAND_RE


def _balance_sheet(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'资产总额968.27亿元,负债总额174.39亿元,净资产793.88亿元': assets are liabilities plus net assets, said in one
    sentence in this order (所有者权益 for 净资产)."""
    for i, assets in enumerate(figs):
        if not ASSETS_RE.search(_clause_before(text, assets)) or assets.figure_id in build.children:
            continue
        sentence = _sentence(text, assets.doc_start)
        after = [f for f in figs[i + 1:] if f.doc_start < sentence.end and measure(f) == measure(assets) and _summable(text, f)]
        debt = next((f for f in after if LIABILITIES_RE.search(_clause_before(text, f))), None)
        net = next((f for f in after if NET_ASSETS_RE.search(_clause_before(text, f))), None)
        if debt is not None and net is not None and debt.doc_start < net.doc_start:
            build.add("sum", assets, [debt, net], "资产 = 负债 + 净资产", assets.page)


# '与上年的29起相比减少6起', '比上年同期的412件增加37件': last year's figure and the change from it
LAST_YEAR_BEFORE_RE = re.compile(r"(?:与|和|同|比|较)(?:上年|去年|上一年)(?:末|底|同期)?的?$")
CHANGE_FROM_RE = re.compile(r"\s*(?:相比)?[,,]?\s*(?P<verb>减少|下降|降低|增加|增长|上升|多|少)了?\s*$")
LAST_YEAR_END_RE = re.compile(r"[末底]的?$")  # '与上年末的530673人': last year's stock, no flow
YEAR_ON_YEAR = "上年 + 增加 − 减少 = 本年"
NET = "收入 − 支出 = 当年结余"


def _year_on_year(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'全年共发生各类生产安全事故21起、死亡14人,与上年的29起相比减少6起': this year's figure (the last of the measure
    before, in the clause or sentence) is last year's with the change said after it, 29 − 6 = 21."""
    for i, base in enumerate(figs[:-1]):
        change = figs[i + 1]
        if not LAST_YEAR_BEFORE_RE.search(text, max(0, base.doc_start - 8), base.doc_start) or not _addable(base):
            continue
        said = CHANGE_FROM_RE.fullmatch(text, base.doc_end, change.doc_start)
        if said is None or measure(change) != measure(base) or not _addable(change):
            continue
        sentence = _sentence(text, base.doc_start)
        candidates = [f for f in figs[:i] if f.doc_start >= sentence.start and measure(f) == measure(base) and _summable(text, f)]
        now = candidates[-1] if candidates else None
        if candidates and LAST_YEAR_END_RE.search(text, max(0, base.doc_start - 8), base.doc_start):
            # '2023年末全县户籍总人口528416人,…迁出8027人,与上年末的530673人相比减少2257人': last year's stock against
            # this year's, the one said as a stock or else the first, not the flows after it
            now = next((f for f in candidates if STOCK_CLAUSE_RE.search(_clause_before(text, f))), candidates[0])
        if now is None or now.figure_id in build.summed_parents():  # (a subset of it, '其中林下经济…', is no sum)
            continue
        away = said.group("verb") in ("减少", "下降", "降低", "少")
        build.add("balance", now, [base, change], YEAR_ON_YEAR, now.page, subtracted=[change] if away else [])


def _roll_forwards(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'债务余额年初为45.60亿元,当年新增债务8.20亿元,偿还到期债务3.75亿元,年末余额为50.05亿元': an opening stock,
    each change signed by the last verb of its clause (新增, 调增 add; 偿还, 调减 take away), and the closing stock
    they leave, within three sentences of one paragraph; or an opening stock, a closing one and its change on the
    opening ('年末存款余额312.9亿元,比年初增加26.5亿元'). A figure of the stock's measure no verb signs ('利息支出')
    leaves the stock unchecked; a breakdown of a change, or a figure in brackets, is no change of its own. Low
    confidence when the closing names another stock than the opening ('年初有企业…年末共有规上工业企业…')."""
    whole_of = {k: r.parent_figure_id for r in build.relations for k in r.child_figure_ids}
    for i, opening in enumerate(figs):
        if not any(mark in text[max(0, opening.doc_start - 40):opening.doc_start] for mark in OPENING_MARKS + ("年末", "年底")):
            continue  # (most figures open no stock: skip them cheaply)
        lead = _stock_lead(text, figs, i)
        if not (OPENING_RE.search(lead) or _year_before(text, lead, opening)) or OPENING_NOT_RE.search(lead) or not _addable(opening):
            continue
        if _listed_with_another(text, figs, i):
            continue  # '年初分别为5210人、3684人,…': stocks side by side (_parallel_roll_forwards)
        if any(r.type == "sum" and opening.figure_id in r.child_figure_ids[1:] for r in build.relations):
            continue  # '收入总计38.62亿元,其中:…调入资金2.46亿元,上年结转1.43亿元': one of the year's sources, no opening
        paragraph = _paragraph(text, opening.doc_start)
        limit = opening.doc_start
        for _ in range(3):
            limit = _sentence(text, limit).end if limit < paragraph.end else limit
        limit = min(limit, paragraph.end)
        changes: list[tuple[Figure, bool]] = []  # (figure, taken away)
        closing: Figure | None = None
        closing_lead = ""
        for j in range(i + 1, len(figs)):
            g = figs[j]
            if g.doc_start >= limit:
                break
            if measure(g) != measure(opening) or not _addable(g) or _paren_end(text, g.doc_start, limit) != limit:
                continue
            if whole_of.get(g.figure_id) in {opening.figure_id, *(c.figure_id for c, _ in changes)}:
                continue  # '新增债务8.2亿元,其中一般债务3.1亿元…': a breakdown of a change
            clause = _stock_lead(text, figs, j)
            if (said := CLOSING_RE.search(clause)) and not _acted(clause, said.start() + 2):
                closing, closing_lead = g, clause  # (not '年末将结余资金补充0.85亿元': a change said at the year's end)
                break
            if NET_OF_YEAR_RE.search(clause) and len(changes) >= 2:
                net = [c for c, _ in changes[-2:]]  # '本年收入58763万元,本年支出52418万元,当年结余6345万元': the year's net
                build.add("balance", g, net, NET, g.page, subtracted=[c for c, away in changes[-2:] if away])
                continue  # (and no change of the stock of its own)
            away = _sign_said(clause, g.kind == "count", lead)
            if away is None or _role(text, g) in ("rate", "threshold", "reference"):
                break
            changes.append((g, away))
        if closing is None:
            continue
        if UNSAID_CHANGES_RE.search(text, opening.doc_end, closing.doc_start):
            continue  # '…新增缴存21.7亿元。扣除提取及其他因素后,年末缴存余额为92.9亿元': changes it does not print
        if not changes:
            changes = _change_on_opening(text, figs, closing)
        if not changes:
            continue
        flows = _flows_before(text, figs, i, lead, whole_of)
        changes = [*(flows or []), *changes]
        named = [g for g in figs if whole_of.get(g.figure_id) == opening.figure_id and len(g.label) >= 2 and g.label in closing_lead]
        start = named[0] if len(named) == 1 else opening  # '年初…累计结余4.51亿元,其中统筹基金2.93亿元…年末统筹基金累计结余': that part's
        low = not _same_stock(lead, closing_lead) or flows is None  # (a figure before the opening it cannot sign: unsure)
        kids = [start, *(c for c, _ in changes)]
        build.add("balance", closing, kids, "年初 + 增加 − 减少 = 年末", closing.page, low, [c for c, away in changes if away])


YEAR_END_RE = re.compile(r"(?P<year>(?:19|20)\d{2})年(?:末|底)[^,,;;。]{0,12}$")


def _year_before(text: str, lead: str, f: Figure) -> bool:
    """Whether a stock at the end of a year opens the next one, which the sentence after says ('2022年末全市草原面积为
    486.3万亩。2023年新增…,减少…,至年末…'): the year after it named within that sentence's first 12 characters, or
    at the start of the figure's next clause ('2023年末结转资金312.46万元,2024年到位资金…')."""
    said = YEAR_END_RE.search(lead)
    if said is None:
        return False
    year_after = f"{int(said.group('year')) + 1}年"
    if re.match(rf"\s*[,,;;]\s*{year_after}", text[f.doc_end:f.doc_end + 12]):
        return True  # '2023年末结转资金312.46万元,2024年到位资金…': the next clause, in the next year
    following = _sentence(text, _sentence(text, f.doc_start).end)
    return year_after in text[following.start:following.start + 12]


def _flows_before(text: str, figs: Sequence[Figure], i: int, lead: str, whole_of: dict[str, str]) -> list[tuple[Figure, bool]] | None:
    """What came in or went out printed before the opening, in its sentence ('全年新增发放贷款3,642万元,惠及1,108户;
    年初贷款余额8,215万元,本年收回…,年末贷款余额…'): each of the opening's measure signed by a verb of its clause and naming
    no other stock; None when one of them is signed by none, names another stock, is a stock or is in brackets (the
    balance is then unsure: that figure may be one of its changes)."""
    opening = figs[i]
    sentence = _sentence(text, opening.doc_start)
    start = _clause_start(text, opening.doc_start, sentence.start)
    flows: list[tuple[Figure, bool]] = []
    for j, g in enumerate(figs[:i]):
        if g.doc_start < sentence.start or g.doc_end > start or measure(g) != measure(opening) or g.figure_id in whole_of:
            continue
        clause = _stock_lead(text, figs, j)
        away = _sign_said(clause, g.kind == "count", lead)
        if (away is None or not _addable(g) or _role(text, g) != "amount" or STOCK_CLAUSE_RE.search(clause)
                or OPENING_RE.search(clause) or _paren_end(text, g.doc_start, start) != start
                or not _stock_words(clause) <= _stock_words(lead)):
            return None
        flows.append((g, away))
    return flows


def _openings_after(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'年末各项贷款余额为415.26亿元,比年初的378.94亿元增加36.42亿元': a closing stock, the opening it is compared
    with and the change, in this order in one sentence."""
    for i, closing in enumerate(figs[:-2]):
        opening, change = figs[i + 1], figs[i + 2]
        said = CHANGE_BETWEEN_RE.match(text[opening.doc_end:change.doc_start])
        if said is None or not OPENING_AFTER_RE.search(text[closing.doc_end:opening.doc_start]):
            continue
        if measure(opening) != measure(closing) or measure(change) != measure(closing):
            continue
        if not CLOSING_RE.search(_stock_lead(text, figs, i)) or not all(_addable(f) for f in (closing, opening, change)):
            continue
        away = [change] if said.group("verb") in TAKEN_AWAY else []
        build.add("balance", closing, [opening, change], "年初 + 增加 − 减少 = 年末", closing.page, subtracted=away)


def _stocks_first(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'贷款余额由年初的112.5亿元增至年末的128.5亿元,全年新增贷款35.6亿元,到期偿还19.6亿元' and '年初、年末债务余额分别为
    45.6亿元和50.05亿元,当年新增8.2亿元,偿还3.75亿元': both stocks printed first, then what changed between them, each
    change signed by the last verb of its clause (as _roll_forwards reads them).

    The changes are the figures of the stocks' measure in the rest of the closing's sentence, or, when it has none,
    in the next sentence of its paragraph. Both an addition and a taking away must be among them: a gross flow alone
    ('全年新增贷款35.6亿元') is seldom the whole change. Not checked when a figure of the measure there is signed by no
    verb, when a change names another stock than the opening's clause does ('存款…,新增贷款…'), or when the text
    says there were changes it does not print (扣除…后). One change on its own is the change on the opening, which
    _change_on_opening reads."""
    whole_of = {k: r.parent_figure_id for r in build.relations for k in r.child_figure_ids}
    for i, opening in enumerate(figs[:-1]):
        pair = _stock_pair(text, figs, i)
        if pair is None:
            continue
        closing, lead = pair
        if closing.figure_id in build.parents:
            continue
        sentence = _sentence(text, closing.doc_start)
        paragraph = _paragraph(text, closing.doc_start)
        window = Span(closing.doc_end, sentence.end)
        if not any(window.start <= g.doc_start < window.end and measure(g) == measure(closing) for g in figs):
            window = _next_sentence(text, sentence, paragraph)
        changes = _signed_changes(text, figs, window, closing, lead, whole_of)
        if not changes:  # '全年归集…6.42亿元,提取4.87亿元,缴存余额由年初的…增至年末的…': the flows before both stocks
            first = _sentence(text, opening.doc_start).start
            changes = _signed_changes(text, figs, Span(first, _clause_start(text, opening.doc_start, first)), closing, lead, whole_of)
        if changes:
            build.add("balance", closing, [opening, *(c for c, _ in changes)], "年初 + 增加 − 减少 = 年末", closing.page,
                      subtracted=[c for c, away in changes if away])


def _next_sentence(text: str, sentence: Span, paragraph: Span) -> Span:
    """The sentence after `sentence` in its paragraph; an empty span at its end when it ends the paragraph."""
    if sentence.end >= paragraph.end:
        return Span(sentence.end, sentence.end)
    return Span(sentence.end, min(_sentence(text, sentence.end).end, paragraph.end))


def _clause_start(text: str, at: int, floor: int) -> int:
    """Where the clause holding `at` starts (after its comma or semicolon), not before `floor`."""
    breaks = [m.end() for m in CLAUSE_BREAK_RE.finditer(text, floor, at)]
    return breaks[-1] if breaks else floor


def _signed_changes(text: str, figs: Sequence[Figure], window: Span, stock: Figure, lead: str,
                    whole_of: dict[str, str]) -> list[tuple[Figure, bool]]:
    """The changes of a stock printed in `window` (its figures of the stock's measure), each with whether it takes away,
    signed by its clause's last change verb; none when one of them is signed by none, is a rate or in brackets, or names
    another stock than `lead` does ('存款余额由年初的…,新增贷款…'), when they do not both add and take away (what came
    in alone is seldom the whole change), or when the text says there were changes it does not print (扣除…后)."""
    changes: list[tuple[Figure, bool]] = []
    for j, g in enumerate(figs):
        if g.doc_start >= window.end:
            break
        if g.doc_start < window.start or measure(g) != measure(stock) or g is stock:
            continue
        if {away for _, away in changes} == {True, False} and NEW_STATEMENT_AFTER_SEMICOLON_RE.search(
                text, changes[-1][0].doc_end, g.doc_start):
            break  # '…新增487户,退出258户;全年发放租赁补贴1,864户': what came and went is said; this is another matter
        if {away for _, away in changes} == {True, False} and NET_CHANGE_RE.match(_stock_lead(text, figs, j)):
            break  # '…新增入规企业21户、退出…7户,净增14户': the net of the changes said, no change of its own
        if {away for _, away in changes} == {True, False} and STOCK_CLAUSE_RE.search(_stock_lead(text, figs, j)):
            break  # '…,偿还…4.27亿元,年末债务余额控制在…债务限额92.60亿元以内': a stock or its limit again, no change
        if whole_of.get(g.figure_id) in {c.figure_id for c, _ in changes} | {stock.figure_id}:
            continue  # '净增16亿元,其中新增35.6亿元、偿还19.6亿元': the breakdown of a change (or of the stock)
        clause = _stock_lead(text, figs, j)
        away = _sign_said(clause, g.kind == "count", lead)
        if away is None or not _addable(g) or _role(text, g) in ("rate", "threshold", "reference") \
                or _paren_end(text, g.doc_start, window.end) != window.end or not _stock_words(clause) <= _stock_words(lead):
            return []
        changes.append((g, away))
    if len(changes) < 2 or {away for _, away in changes} != {True, False} or UNSAID_CHANGES_RE.search(text, window.start, window.end):
        return []
    return changes


def _closing_first(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'年末不良贷款余额4.83亿元,年初为5.26亿元;全年新形成1.43亿元,处置1.80亿元' and '年末低保对象5862户9436人,其中…。
    与年初的6034户9718人相比,全年新增纳入…,退出…': a closing stock, the opening printed after it (in its sentence or the
    next of its paragraph; a breakdown of the closing between them is passed over), then the changes, in the rest of
    the opening's sentence, as _stocks_first reads them."""
    whole_of = {k: r.parent_figure_id for r in build.relations for k in r.child_figure_ids}
    balanced = {r.parent_figure_id for r in build.relations if r.type == "balance"}
    for i, closing in enumerate(figs):
        near = text[max(0, closing.doc_start - 30):closing.doc_start]
        if closing.figure_id in balanced or not any(mark in near for mark in CLOSING_MARKS) or not _addable(closing):
            continue  # (most figures close no stock: skip them cheaply)
        if not CLOSING_RE.search(_stock_lead(text, figs, i)):
            continue
        sentence = _sentence(text, closing.doc_start)
        paragraph = _paragraph(text, closing.doc_start)
        reach = _next_sentence(text, sentence, paragraph).end
        opening = next((g for g in figs[i + 1:] if g.doc_start < reach and measure(g) == measure(closing)
                        and whole_of.get(g.figure_id) != closing.figure_id), None)
        if opening is None or not _addable(opening):
            continue
        if not OPENING_AFTER_CLOSING_RE.search(_stock_lead(text, figs, figs.index(opening, i + 1))):
            continue
        lead = text[sentence.start:closing.doc_start]
        after = _sentence(text, opening.doc_start)
        changes = _signed_changes(text, figs, Span(opening.doc_end, after.end), closing, lead, whole_of)
        if changes:
            build.add("balance", closing, [opening, *(c for c, _ in changes)], "年初 + 增加 − 减少 = 年末", closing.page,
                      subtracted=[c for c, away in changes if away])


def _net_then_opening(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'当年收支结余0.39亿元,加上年结余3.45亿元,年末滚存结余3.94亿元': the year's net, the opening added to it after it,
    and the closing they make, one after the other in one sentence."""
    for i in range(1, len(figs) - 1):
        net, opening, closing = figs[i - 1], figs[i], figs[i + 1]
        if "加" not in text[max(0, opening.doc_start - 12):opening.doc_start]:
            continue  # (most figures are added to nothing: skip them cheaply)
        if not PLUS_OPENING_RE.match(_clause_before(text, opening)) or closing.figure_id in build.parents:
            continue
        if measure(net) != measure(opening) or measure(closing) != measure(opening) or not all(map(_addable, (net, opening, closing))):
            continue
        if _sentence(text, net.doc_start) != _sentence(text, closing.doc_start):
            continue
        if NET_OF_YEAR_RE.search(_clause_before(text, net)) and CLOSING_RE.search(_stock_lead(text, figs, i + 1)):
            build.add("balance", closing, [opening, net], "年初 + 增加 − 减少 = 年末", closing.page)


def _parallel_roll_forwards(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """Stocks carried forward side by side in one sentence: n openings in one clause ('年初企业存款余额86.4亿元、个人
    存款余额152.7亿元', '年初分别为5210人、3684人'), n closings in another ('年末分别为…和…'), and clauses of n changes
    each, in the stocks' order, signed by their verb ('年内分别新入园…、…', '离园…、…', '分别比年初增加…和…'): the i-th
    stock's opening and changes make its closing. Every clause of n figures of the measure in the sentence must be one
    of these; additions alone are no whole change unless they are the change on the opening (比年初增加)."""
    by_sentence: dict[int, list[Figure]] = {}
    for f in figs:
        if _addable(f) and any(mark in text[max(0, f.doc_start - 40):f.doc_start] for mark in OPENING_MARKS + ("年末",)):
            by_sentence.setdefault(_sentence(text, f.doc_start).start, [])  # (sentences that may hold stocks: cheap first)
    for start in by_sentence:
        sentence = _sentence(text, start)
        inside = [f for f in figs if sentence.start <= f.doc_start < sentence.end]
        groups = _clause_groups(text, inside)
        for key in {measure(f) for f in inside}:
            clauses = [(lead, g) for lead, g in groups if measure(g[0]) == key]
            n = len(clauses[0][1]) if clauses else 0
            if n < 2 or any(len(g) != n or not all(map(_addable, g)) for _, g in clauses):
                continue
            openings = [g for lead, g in clauses if OPENING_RE.search(lead) and not OPENING_NOT_RE.search(lead)]
            closings = [g for lead, g in clauses if CLOSING_RE.search(lead) or PARALLEL_CLOSING_RE.search(lead)]
            if len(openings) != 1 or len(closings) != 1 or openings[0] is closings[0]:
                continue
            stock = next(lead for lead, g in clauses if g is openings[0])
            changes = [(g, _sign_said(lead, g[0].kind == "count", stock), ON_OPENING_RE.search(lead) is not None)
                       for lead, g in clauses if g is not openings[0] and g is not closings[0]]
            if not changes or any(away is None for _, away, _ in changes):
                continue
            signs = {away for _, away, _ in changes}
            if signs != {True, False} and not (len(changes) == 1 and changes[0][2]):
                continue  # (what came in alone is seldom the whole change; the change on the opening is)
            for i in range(n):
                kids = [openings[0][i], *(g[i] for g, _, _ in changes)]
                build.add("balance", closings[0][i], kids, "年初 + 增加 − 减少 = 年末", closings[0][i].page,
                          subtracted=[g[i] for g, away, _ in changes if away])


def _listed_with_another(text: str, figs: Sequence[Figure], i: int) -> bool:
    """Whether figs[i] stands in one clause with the figure of its measure before or after it ('5210人、3684人')."""
    f = figs[i]
    near = [figs[j] for j in (i - 1, i + 1) if 0 <= j < len(figs) and measure(figs[j]) == measure(f)]
    return any(LIST_JOIN_RE.fullmatch(text, min(f.doc_end, g.doc_end), max(f.doc_start, g.doc_start)) for g in near)


def _clause_groups(text: str, figs: Sequence[Figure]) -> list[tuple[str, list[Figure]]]:
    """The figures of a sentence by clause and measure, each group with the words of its clause before its first
    figure ('年内分别新入园', [1420人, 905人])."""
    groups: list[tuple[str, list[Figure]]] = []
    for f in figs:
        same = [g for lead, g in groups if measure(g[0]) == measure(f)]
        last = same[-1] if same else None
        if last is not None and not CLAUSE_BREAK_RE.search(text, last[-1].doc_end, f.doc_start):
            last.append(f)
        else:
            groups.append((_with_when(text, f.doc_start, _clause_to(text, f.doc_start, 30)), [f]))
    return groups


def _stock_pair(text: str, figs: Sequence[Figure], i: int) -> tuple[Figure, str] | None:
    """The closing stock printed right after figs[i] as its opening ('由年初的A增至年末的B', '年初、年末…分别为A和B',
    '年初…余额为A,年末为B'), with the words of the opening's sentence before it; figures of other measures may stand beside each stock
    ('由年初的6134户10872人调整为年末的6021户10594人': two pairs). None when figs[i] opens no such pair."""
    opening = figs[i]
    near = text[max(0, opening.doc_start - 30):opening.doc_start]
    if not any(mark in near for mark in OPENING_MARKS):
        return None  # (most figures open no stock: skip them cheaply)
    j = i + 1
    while j < len(figs) and j <= i + 2 and measure(figs[j]) != measure(opening):
        j += 1  # (a figure of another measure beside the opening: 6134户10872人)
    if j >= len(figs) or measure(figs[j]) != measure(opening):
        return None
    closing = figs[j]
    between = "".join(text[a.doc_end:b.doc_start] for a, b in zip(figs[i:j], figs[i + 1:j + 1], strict=True))
    said_to, said_and = STOCKS_TO_RE.fullmatch(between), STOCKS_AND_RE.fullmatch(between)
    said_next = STOCKS_NEXT_RE.fullmatch(between)
    if not (said_to or said_and or said_next) or not (_addable(opening) and _addable(closing)):
        return None  # (most pairs of figures: skip them cheaply)
    start = opening.doc_start
    while i > 0 and figs[i - 1].doc_end == start and measure(figs[i - 1]) != measure(opening):
        i -= 1
        start = figs[i].doc_start
    lead = text[_sentence(text, start).start:start]
    if (said_to and STOCKS_FROM_RE.search(lead)) or (said_and and STOCKS_FENBIE_RE.search(lead)) \
            or (said_next and OPENING_RE.search(lead) and not OPENING_NOT_RE.search(_clause_to(text, start))):
        return closing, lead
    return None


def _stock_words(words: str) -> set[str]:
    """The STOCK_WORDS a clause names (余额, 贷款 …)."""
    return {w for w in STOCK_WORDS if w in words}


def _change_on_opening(text: str, figs: Sequence[Figure], closing: Figure) -> list[tuple[Figure, bool]]:
    """'年末存款余额312.9亿元,比年初增加26.5亿元', '…由年初预算的15.26亿元调整为15.84亿元,调增0.58亿元': the closing
    stock's change on the opening one, next in its sentence."""
    sentence = _sentence(text, closing.doc_start)
    after = next((g for g in figs if closing.doc_end <= g.doc_start < sentence.end and measure(g) == measure(closing)), None)
    if after is None or not _addable(after):
        return []
    clause = _clause_before(text, after)
    change = ON_OPENING_RE.search(clause) or BARE_CHANGE_RE.fullmatch(clause.strip())
    return [] if change is None else [(after, change.group("verb") in TAKEN_AWAY)]


def _stock_lead(text: str, figs: Sequence[Figure], i: int) -> str:
    """The words that say what stock or change a figure is: its clause before it, read past a figure of another measure
    printed just before it ('年末仍有监测对象1102户3528人': 3528人's words are 1102户's), and after a clause that only says
    when ('截至年末,缴存余额68.35亿元')."""
    f = figs[i]
    start = f.doc_start
    while i > 0 and figs[i - 1].doc_end == start and measure(figs[i - 1]) != measure(f):
        i -= 1
        start = figs[i].doc_start
    return _with_when(text, start, _clause_to(text, start))


def _with_when(text: str, start: int, clause: str) -> str:
    """A clause's words (before `start`) after the clause before it when that one only says when ('截至年末,')."""
    at = start - len(clause)
    if at > 0 and text[at - 1] in ",,":
        when = _clause_to(text, at - 1, 11).split("\n")[-1]  # (a heading's line ends before it: '(五)政府债务情况\n2025年初,')
        if WHEN_ONLY_RE.fullmatch(when.strip()):
            return when.strip() + clause
    return clause


def _same_stock(opening: str, closing: str) -> bool:
    """Whether an opening's and a closing's clauses name one stock: the closing names none ('年末余额为', '年末剩余'),
    one name holds the other, both end alike (four characters or more: not 贷款余额 and 存款余额), or both name one of
    STOCK_WORDS (余额, 预算 …)."""
    a, b = (STOCK_TIME_RE.sub("", clause) for clause in (opening, closing))
    if not b or b in a or a in b or HOLDS_ONLY_RE.fullmatch(b):  # ('年末尚有': it names no stock, the opening's then)
        return True
    if len(os.path.commonprefix([a[::-1], b[::-1]])) >= 4:
        return True  # '年初结余节余指标', '截至12月底,库存节余指标': one head noun, four characters or more
    if _drops_words(a, b) or _drops_words(b, a):
        return True  # '年初在库招商项目', '年末在库项目': the one name the other's, a word left out
    return bool({w for w in STOCK_WORDS if w in a} & {w for w in STOCK_WORDS if w in b})


HOLDS_ONLY_RE = re.compile(r"(?:尚|仍|还|共|现)?(?:有|余|剩|剩余|为|达到?|保有|存有)?")  # (STOCK_TIME_RE takes 有 with 现有)


NEGATED_RE = re.compile(r"(?:未|不|没有|尚未)$")


def _acted(clause: str, start: int) -> bool:
    """Whether a clause says something was done (新增, 消除 …) from `start` on, not that it was not done ('年末风险未
    消除330户': a stock of what is still left, no change)."""
    return any(not NEGATED_RE.search(clause, 0, m.start()) for m in ACTION_VERB_RE.finditer(clause, start))


def _drops_words(longer: str, shorter: str) -> bool:
    """Whether `shorter` (three characters or more) is `longer` with words left out, its head noun (last two
    characters) kept: '在库项目' of '在库招商项目'."""
    if len(shorter) < 3 or len(shorter) >= len(longer) or shorter[-2:] != longer[-2:]:
        return False
    rest = iter(longer)
    return all(ch in rest for ch in shorter)


def _budget_outturns(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'收入预算12.60亿元,实际完成10.85亿元,短收1.75亿元': a budget is what came in and what fell short of it; what
    came in is the budget and what it went over by (超收). The budget and the outturn are the two figures of the
    shortfall's measure just before it in its sentence, said as such (预算; 完成, 实际, 决算, 执行)."""
    for i, gap in enumerate(figs):
        said = OUTTURN_GAP_RE.search(_clause_before(text, gap))
        if said is None or not _addable(gap):
            continue
        sentence = _sentence(text, gap.doc_start)
        before = [g for g in figs[:i] if g.doc_start >= sentence.start and measure(g) == measure(gap)][-2:]
        budget = next((g for g in before if BUDGET_RE.search(_clause_before(text, g))), None)
        outturn = next((g for g in before if g is not budget and OUTTURN_RE.search(_clause_before(text, g))), None)
        if budget is None or outturn is None or not all(_addable(g) for g in before):
            continue
        if said.group() == "短收":
            build.add("sum", budget, [outturn, gap], "预算 = 完成 + 短收", gap.page)
        else:
            build.add("sum", outturn, [budget, gap], "完成 = 预算 + 超收", gap.page)


NEW_STATEMENT_AFTER_SEMICOLON_RE = re.compile(NEW_STATEMENT_RE.pattern.replace("[,,;;]", "[;;]", 1))
# A balance sheet said in a sentence: 资产总额 = 负债总额 + 净资产.
ASSETS_RE = re.compile(r"(?:资产总额|资产总计|总资产)(?:为|达|达到)?$")
LIABILITIES_RE = re.compile(r"(?:负债总额|负债合计|负债总计|总负债)(?:为|达)?$")
NET_ASSETS_RE = re.compile(r"(?:净资产|所有者权益(?:合计)?)(?:为|达)?$")
# Changes a text says there were without printing them: a balance they touch cannot be checked.
UNSAID_CHANGES_RE = re.compile(r"其他因素|等因素|其他变动|等变动|扣除[^,,;;。\d]{0,12}后")
# A stock carried forward: where it opens (年初, 期初, 上年末) and closes (年末, 调整后), and what the clause before each
# change says was done to it (the last such verb counts: '因收入短收调减支出' takes away).
OPENING_MARKS = ("年初", "期初", "上年")  # what OPENING_RE needs, looked for first
CLOSING_MARKS = ("年末", "期末", "年底", "年终", "现有", "调整", "变更", "12月底", "12月末")  # what CLOSING_RE needs, looked for first
OPENING_RE = re.compile(r"(?:年初|期初|上年末|上年年末|上年(?:滚存)?结余|上年结转)[^,,;;。\d]{0,18}$")  # ('年初县属国有企业国有资本权益总额'; no figure between)
OPENING_NOT_RE = re.compile(r"[比较](?:年初|期初|上年末)|计划|目标|任务")  # '比年初增加' is a change; '年初计划投资' a plan
CLOSING_RE = re.compile(r"(?:(?<!上)年末|期末|年底|年终|(?<!\d)12月(?:底|末)|现有|调整后|调整预算|调整为|变更后)[^,,;;。]{0,12}$")
# '年末户籍人口为312547人,比上年末的315068人减少2621人': the opening printed after the closing, then the change
OPENING_AFTER_RE = re.compile(r"[比较](?:上年末|年初|期初|上年年末)[^,,;;。\d]{0,6}$")  # '比年初的', '比年初预算'
BARE_CHANGE_RE = re.compile(r"(?P<verb>调增|调减|净增|净减|增加|减少)了?")  # '…调整为15.84亿元,调增0.58亿元'
PLUS_OPENING_RE = re.compile(r"\s*加上?(?:上年|年初|期初)(?:滚存|累计)?(?:结余|结转)[^,,;;。]{0,6}$")  # '…,加上年结余3.45亿元'
NET_OF_YEAR = r"(?:当年|本年|当期|本期)(?:收支)?结余"  # the year's net: '当年结余', '本年收支结余'
NET_OF_YEAR_RE = re.compile(NET_OF_YEAR + "$")
WHEN_ONLY_RE = re.compile(r"(?:截至|截止|到)?(?:\d{4}年(?:末|底|初)|(?:\d{4}年)?(?:上年末|上年底|年初|年末|年底|期初|期末|(?<!\d)12月(?:底|末)))")
CHANGE_BETWEEN_RE = re.compile(r"^\s*(?P<verb>净增|净减|增加|减少|增长|下降)了?\s*$")
ON_OPENING_RE = re.compile(r"[比较](?:年初|期初|上年末)(?:分别)?(?P<verb>净增|净减|增加|减少|增长|下降)了?$")
STOCKS_FROM_RE = re.compile(FROM_OPENING + "$")
STOCKS_FENBIE_RE = re.compile(r"(?:年初|期初|上年末)[、和与及至](?:本?年末|期末|年底)[^,,;;。\d]{0,16}分别(?:为|是|达到?|有)?$")
LIST_JOIN_RE = re.compile(r"[^,,;;。\d]{0,8}?[、和与及][^,,;;。\d]{0,8}")  # '5210人、3684人', '86.4亿元、个人存款余额152.7亿元'
PARALLEL_CLOSING_RE = re.compile(r"(?:(?<!上)年末|期末|年底|现有)")  # '年末分别为…', '年末在校生分别为…'
OPENING_AFTER_CLOSING_RE = re.compile(r"^(?:年初|期初|上年末)(?:余额|库存)?(?:为|是)?$|^与(?:年初|期初|上年末)的?$")  # ',年初为…', '与年初的…相比'
STOCKS_NEXT_RE = re.compile(r"[,,]\s*(?:年末|期末|年底)(?:余额)?(?:为|是|达到?)?")  # '年初…余额为18.64亿元,年末为20.37亿元'
STOCKS_AND_RE = re.compile(r"\s*[和、与及]\s*")
STOCK_WORDS = ("余额", "预算", "结余", "结转", "存量", "人口", "存款", "贷款", "债务", "资产", "库存")
STOCK_TIME_RE = re.compile(r"\d{4}年|年初|年末|期初|期末|年底|年终|现有|上年|调整后|调整|变更后|当年|本年|全年|年内|各项|全[县市区镇乡]"
                           r"|共有|共|实有|有|剩余|尚余|为|是|达到|增至|降至|增加到|减少到|下降到|达")
# A budget's outturn: what fell short of it or went over it, the budget and the outturn before it.
OUTTURN_GAP_RE = re.compile(r"(?:短收|超收)$")
BUDGET_RE = re.compile(r"预算(?:数|收入|支出)?(?:为|是)?$")
OUTTURN_RE = re.compile(r"(?:完成|实际|决算|执行)")


NET_CHANGE_RE = re.compile(r"^(?:全年|当年|本年)?净(?:增|减|增加|减少|流入|流出)")  # a net change: '净增14户'


# The year's net, said after its income and spending: '当年结余合计3,690.75万元', '本年收支结余为…'.
NET_LEAD_RE = re.compile(NET_OF_YEAR + r"(?:合计|共计|总计)?(?:为|达|达到)?$")


# '收入总计486.52亿元,支出总计479.36亿元,收支相抵,结转下年支出7.17亿元': what income less spending leaves, said so
OFFSET_NET_RE = re.compile(r"(?:结转下年|结余|净结余|滚存结余)(?:支出|资金)?(?:为|达)?$")


def _net_of_flows(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'两项基金合计收入5,210.4万元、支出4,968.2万元,当年结余合计242.2万元': the year's income less its spending is its
    net. In one sentence: the spending the last figure of the net's measure before it, the income the last before
    that one (a part of it, '其中经营收入…', aside)."""
    for i, net in enumerate(figs):
        lead = _clause_before(text, net)
        offset = (OFFSET_NET_RE.search(lead) and "收支相抵" not in lead  # ('收支相抵结余5.51亿元' in one clause: _remainders')
                  and "收支相抵" in text[max(0, net.doc_start - len(lead) - 8):net.doc_start])
        if not (NET_LEAD_RE.search(lead) or offset) or net.figure_id in build.parents:
            continue
        sentence = _sentence(text, net.doc_start)
        same = [f for f in figs[:i] if f.doc_start >= sentence.start and measure(f) == measure(net) and _addable(f)
                and f.figure_id not in build.children]
        if not same or not SPENDING_LEAD_RE.search(_clause_before(text, same[-1])):
            continue
        income = next((f for f in reversed(same[:-1]) if INCOME_LEAD_RE.search(_clause_before(text, f))), None)
        if income is not None:
            build.add("balance", net, [income, same[-1]], NET, net.page, subtracted=[same[-1]])


# '上年为286.4亿元,今年达到305.7亿元,比上年增加19.8亿元': last year's figure said first, this year's, then the change
LAST_YEAR_IS_RE = re.compile(r"(?:上年|去年|上一年)(?:同期)?(?:为|是|有|共)?$")
CHANGE_ON_LAST_RE = re.compile(r"^(?:比|较)(?:上年|去年|上一年)(?:同期)?(?P<verb>增加|减少|增长|下降|降低|上升|多|少)了?$")


def _last_year_first(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'全县地区生产总值上年为286.4亿元,今年达到305.7亿元,比上年增加19.8亿元': last year's figure, this year's after it
    and the change after both, in one sentence and one measure: 286.4 + 19.8 = 305.7 (cue 上年 + 增加 − 减少 = 本年)."""
    for i, last in enumerate(figs[:-2]):
        if not LAST_YEAR_IS_RE.search(_clause_before(text, last)) or not _addable(last):
            continue
        now, change = figs[i + 1], figs[i + 2]
        said = CHANGE_ON_LAST_RE.match(_clause_before(text, change))
        if (said is None or _sentence(text, change.doc_start).start > last.doc_start or now.figure_id in build.parents
                or not all(measure(f) == measure(last) and _addable(f) for f in (now, change))):
            continue
        away = said.group("verb") in ("减少", "下降", "降低", "少")
        build.add("balance", now, [last, change], YEAR_ON_YEAR, now.page, subtracted=[change] if away else [])


# '由上年的11.62亿元增加到12.37亿元,增加0.75亿元', '由年初的6,034人减少到5,862人,净减172人': two levels, then the change
FROM_LEVEL_RE = re.compile(r"[由从](?P<when>年初|期初|上年末|上年底|上年年末|上年|去年)的?$")
CHANGE_BY_RE = re.compile(r"(?:共|累计|全年)?(?P<verb>净增|净减|增加|减少|增长|下降|调增|调减|多|少)了?")
LAST_YEARS_OWN = ("上年", "去年")


def _levels_then_change(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'全县税收收入由上年的11.62亿元增加到12.37亿元,增加0.75亿元': from one level to another (the one said by 由…的, the
    other by 增加到/减少到/调整为), then, in the clause after, the change alone, the only other figure of the measure in
    the sentence: 11.62 + 0.75 = 12.37 (cue 上年 + 增加 − 减少 = 本年; from 年初 or 上年末, 年初 + 增加 − 减少 = 年末).
    Two changes or more after the levels are flows, which the stock readers read (_stocks_first)."""
    balanced = {r.parent_figure_id for r in build.relations if r.type == "balance"}
    for i, before in enumerate(figs[:-2]):
        said = FROM_LEVEL_RE.search(text, max(0, before.doc_start - 8), before.doc_start)
        after = figs[i + 1]
        if said is None or after.figure_id in balanced or not STOCKS_TO_RE.fullmatch(text, before.doc_end, after.doc_start):
            continue
        sentence = _sentence(text, after.doc_start)
        rest = [g for g in figs[i + 2:] if g.doc_start < sentence.end and measure(g) == measure(before)]
        if len(rest) != 1 or not all(map(_addable, (before, after, rest[0]))) or _role(text, rest[0]) in ("rate", "threshold", "reference"):
            continue
        change = CHANGE_BY_RE.fullmatch(_clause_before(text, rest[0]).strip())
        if change is None or measure(after) != measure(before):
            continue
        cue = YEAR_ON_YEAR if said.group("when") in LAST_YEARS_OWN else "年初 + 增加 − 减少 = 年末"
        away = change.group("verb") in ("净减", "减少", "下降", "调减", "少")
        build.add("balance", after, [before, rest[0]], cue, after.page, subtracted=[rest[0]] if away else [])


def _change_then_last_year(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'床位达2,860张,比上年增加146张(上年为2,714张)': this year's figure, its change on last year, then last year's, in
    one sentence and one measure: 2,714 + 146 = 2,860 (cue 上年 + 增加 − 减少 = 本年)."""
    balanced = {r.parent_figure_id for r in build.relations if r.type == "balance"}
    for i, now in enumerate(figs[:-2]):
        change, last = figs[i + 1], figs[i + 2]
        said = CHANGE_ON_LAST_RE.match(_clause_before(text, change).strip())
        if said is None or now.figure_id in balanced or not LAST_YEAR_IS_RE.search(_clause_before(text, last)):
            continue
        if _sentence(text, last.doc_start).start > now.doc_start or not all(
                measure(f) == measure(now) and _addable(f) for f in (change, last)) or not _addable(now):
            continue
        away = said.group("verb") in ("减少", "下降", "降低", "少")
        build.add("balance", now, [last, change], YEAR_ON_YEAR, now.page, subtracted=[change] if away else [])


# '…,结转下年7,457.12万元', '年末滚存结余为…': what a budget carries to the next year, after what was added and taken away
CARRIED_TO_RE = re.compile(r"(?:结转下年|转下年|年末滚存结余|年末累计结余|滚存结余|年末结余|年末结转)(?:资金)?(?:为|达|共)?$")
ADDED_AND_TAKEN = "基数 + 加上 − 减去 = 结转"


def _added_and_taken(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'上年结转3,127.44万元,加上本年收入86,420.35万元、上级补助收入4,215.60万元,减去本年支出118,906.27万元、调出资金
    9,500.00万元,结转下年7,457.12万元': a base, the clauses that add to it (加上, and what is listed with 、 after) and
    those that take away (减去, 扣除), then what is carried, in one sentence and one measure: base + added − taken =
    carried. A sentence that opens with 加上 adds to the last figure of the measure in the sentence before ('收入1,286.50
    万元,…。加上上年结转…'). Both adding and taking away must be said, and every figure between signed so."""
    for i, carried in enumerate(figs):
        if not CARRIED_TO_RE.search(_clause_before(text, carried)) or carried.figure_id in build.parents or not _addable(carried):
            continue
        sentence = _sentence(text, carried.doc_start)
        before = [f for f in figs[:i] if f.doc_start >= sentence.start and measure(f) == measure(carried)]
        signed = _signed_operands(text, sentence.start, before)
        if signed and signed[0][1] is not None:  # (opens with 加上: the base is the sentence before's)
            earlier = _sentence(text, sentence.start - 1) if sentence.start else None
            base = next((f for f in reversed(figs[:i]) if earlier is not None and earlier.start <= f.doc_start < sentence.start
                         and measure(f) == measure(carried)), None)
            signed = [(base, None), *signed] if base is not None and _summable(text, base) else []
        if len(signed) < 3:
            continue
        signs = [away for _, away in signed[1:]]
        if True not in signs or False not in signs or not all(_summable(text, f) for f, _ in signed):
            continue
        build.add("balance", carried, [f for f, _ in signed], ADDED_AND_TAKEN, carried.page,
                  subtracted=[f for f, away in signed if away])


def _signed_operands(text: str, start: int, figs: Sequence[Figure]) -> list[tuple[Figure, bool | None]]:
    """Each figure with whether its clause takes it away (减去, 扣除: True) or adds it (加上: False), one listed with 、
    after another taking its sign, the first of no clause of either the base (None); [] when one after the first is
    signed by neither."""
    out: list[tuple[Figure, bool | None]] = []
    at = start
    for f in figs:
        between = text[at:f.doc_start]
        said = OPERAND_RE.match(CLAUSE_BREAK_RE.split(between)[-1])
        if said is not None:
            out.append((f, said.group().strip().startswith(("减", "扣"))))
        elif out and CLAUSE_BREAK_RE.search(between) is None and out[-1][1] is not None:
            out.append((f, out[-1][1]))  # ('…、上级补助收入4,215.60万元': listed with the one before)
        elif not out:
            out.append((f, None))
        else:
            return []
        at = f.doc_end
    return out


# '其中出口3318.9亿元,进口1955.7亿元,贸易顺差1363.2亿元': the balance of trade, exports less imports
TRADE_NET_RE = re.compile(r"(?:贸易)?(?P<side>顺差|逆差)(?:为|达到?)?$")
EXPORTS_RE = re.compile(r"出口(?:额|总额)?(?:为|达到?|完成)?$")
IMPORTS_RE = re.compile(r"进口(?:额|总额)?(?:为|达到?|完成)?$")


def _trade_balance(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'…出口3318.9亿元,进口1955.7亿元,贸易顺差1363.2亿元': the surplus is exports less imports (a deficit, 逆差, imports
    less exports), the last of each before it in its sentence (cue 出口 − 进口 = 顺差)."""
    for i, net in enumerate(figs):
        said = TRADE_NET_RE.search(_clause_before(text, net))
        if said is None or not _addable(net):
            continue
        sentence = _sentence(text, net.doc_start)
        before = [f for f in figs[:i] if f.doc_start >= sentence.start and measure(f) == measure(net) and _addable(f)]
        exports = next((f for f in reversed(before) if EXPORTS_RE.search(_clause_before(text, f))), None)
        imports = next((f for f in reversed(before) if IMPORTS_RE.search(_clause_before(text, f))), None)
        if exports is None or imports is None:
            continue
        more, less = (exports, imports) if said.group("side") == "顺差" else (imports, exports)
        build.add("balance", net, [more, less], f"{'出口 − 进口' if more is exports else '进口 − 出口'} = {said.group('side')}",
                  net.page, subtracted=[less])


# A budget said to balance: its 收入总计 and its 支出总计 are one figure printed twice.
BALANCED_SAID_RE = re.compile(r"(?<!不)收\s*支\s*(?:总体)?\s*平\s*衡")
INCOME_TOTAL_RE = re.compile(r"收入总计(?:为|达|达到)?$")
SPENDING_TOTAL_RE = re.compile(r"支出总计(?:为|达|达到)?$")


def _said_balanced(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'…收入总计301768万元。…支出总计301795万元。县本级一般公共预算收支平衡。': the 收入总计 and the 支出总计 after it
    in one paragraph, then 收支平衡 before the end of the sentence after the 支出总计's: one figure printed twice (cue
    BALANCED_CUE, as a 收入支出决算总表's two sides)."""
    for i, income in enumerate(figs):
        if not INCOME_TOTAL_RE.search(_clause_before(text, income)):
            continue
        paragraph = _paragraph(text, income.doc_start)
        spending = next((g for g in figs[i + 1:] if g.doc_start < paragraph.end and measure(g) == measure(income)
                         and SPENDING_TOTAL_RE.search(_clause_before(text, g))), None)
        if spending is None or any(INCOME_TOTAL_RE.search(_clause_before(text, g)) for g in figs[i + 1:] if g.doc_start < spending.doc_start):
            continue  # (another 收入总计 before it: that one's)
        sentence = _sentence(text, spending.doc_start)
        reach = _sentence(text, sentence.end).end if sentence.end < paragraph.end else sentence.end
        if BALANCED_SAID_RE.search(text, spending.doc_end, min(reach, paragraph.end)):
            build.add("sum", income, [spending], BALANCED_CUE, income.page)
