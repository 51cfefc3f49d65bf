"""Breakdowns a reader would check: totals and their parts, found from cue words and enumerations.

One reader per shape of breakdown, each in its own module, all filling one `_Builder` (base) in the order
find_relations calls them; a figure a reader has made a part of something is seen as such by the readers after it:

- lists: the parts listed after a total (其中, 分别为, 包括, 由…组成);
- totals: a total after its parts (合计, 共计), states, remainders, classes and (含…) parts;
- shares: percentages of one whole, ratios;
- items: numbered items and points (一是…二是…) with their total;
- balances: opening + added − taken away = closing, said in prose;
- repeats: one figure printed twice (table_repeats: a table's cell in the text).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from extract.records import Figure, Relation
from extract.relations.balances import (
    _added_and_taken,
    _balance_sheet,
    _budget_outturns,
    _change_then_last_year,
    _closing_first,
    _last_year_first,
    _levels_then_change,
    _net_of_flows,
    _net_then_opening,
    _openings_after,
    _parallel_roll_forwards,
    _roll_forwards,
    _said_balanced,
    _stocks_first,
    _trade_balance,
    _year_on_year,
)
from extract.relations.base import _Builder, measure
from extract.relations.items import _enumerations, _inline_items, _points, _points_then_total
from extract.relations.lists import _counts_groups, _lists
from extract.relations.repeats import _repeats, table_repeats
from extract.relations.shares import (
    _ratios,
    _shares_closed,
    _shares_named_in_clause,
    _shares_of_a_whole,
    groups_of_kinds,
)
from extract.relations.totals import (
    _classes_among,
    _concluded_of_received,
    _included,
    _remainders,
    _same_label_subsets,
    _states,
    _totals_after,
)

__all__ = ["find_relations", "groups_of_kinds", "table_repeats"]

# A paragraph that ends at a comma was wrapped, not ended, unless the next opens an item ('…,\n2.…', '…,\n二是…').
WRAPPED_AT_BREAK_RE = re.compile(r"(?<=[,,、;;])\n(?![(（]?[\d一二三四五六七八九十]{1,2}[)）、.．]|[一二三四五六七八九十]是)")


# '问题共4个方面31个具体问题', '3大类12个项目': a count of the groups the next figure's things fall in
GROUPS_NOUN_RE = re.compile(r"(?:个)?(?:方面|大类|类别|类|批次|批|领域|板块|层面|环节|维度)")


def _groups_the_next(text: str, figs: Sequence[Figure], starts: Sequence[int], f: Figure) -> bool:
    """Whether a count is of the groups the figure right after it is counted in ('4个方面31个具体问题'): a group noun
    alone between them, the next of the same measure and larger. Neither a part nor a total."""
    k = bisect_left(starts, f.doc_end)  # (figs in reading order, `starts` theirs)
    after = figs[k] if k < len(figs) else None
    return (f.kind == "count" and after is not None and measure(after) == measure(f)
            and GROUPS_NOUN_RE.fullmatch(text, f.doc_end, after.doc_start) is not None
            and (after.base_value or 0) > (f.base_value or 0))


def find_relations(text: str, figures: Sequence[Figure], doc_id: str) -> list[Relation]:
    """Sum, subset and share relations of a document, from its text and its figures (doc offsets)."""
    build = _Builder(doc_id)
    text = WRAPPED_AT_BREAK_RE.sub(" ", text)  # '…乡村建设类3867万元,\n就业帮扶类…': a list wrapped, not ended (offsets kept)
    figs = sorted(figures, key=lambda f: f.doc_start)
    starts = [f.doc_start for f in figs]
    figs = [f for f in figs if not _counts_groups(text, figs, f) and not _groups_the_next(text, figs, starts, f)]
    _enumerations(text, figs, build)
    _inline_items(text, figs, build)
    _classes_among(text, figs, build)
    _lists(text, figs, build)
    _net_of_flows(text, figs, build)  # (before _totals_after: '收入…、支出…,当年结余合计…' is no sum)
    _totals_after(text, figs, build)
    _ratios(text, figs, build)
    _shares_closed(text, figs, build)
    _shares_of_a_whole(text, figs, build)
    _shares_named_in_clause(text, figs, build)
    _points(text, figs, build)
    _points_then_total(text, figs, build)
    _balance_sheet(text, figs, build)
    _roll_forwards(text, figs, build)
    _openings_after(text, figs, build)
    _stocks_first(text, figs, build)
    _closing_first(text, figs, build)
    _net_then_opening(text, figs, build)
    _parallel_roll_forwards(text, figs, build)
    _budget_outturns(text, figs, build)
    _year_on_year(text, figs, build)
    _last_year_first(text, figs, build)
    _levels_then_change(text, figs, build)
    _added_and_taken(text, figs, build)
    _trade_balance(text, figs, build)
    _change_then_last_year(text, figs, build)
    _said_balanced(text, figs, build)
    _states(text, figs, build)  # (before _remainders: '已整改38个,正在整改6个,需长期坚持的2个' are three states, not two)
    _remainders(text, figs, build)  # after the totals a remainder may be left of: '…,合计1.67亿元。已拨付…,下余…'
    _included(text, figs, build)
    _concluded_of_received(text, figs, build)
    _same_label_subsets(text, figs, build)
    _repeats(text, figs, build)
    return build.relations
