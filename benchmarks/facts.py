"""Facts a synthetic report is written from: quantities, dates, relations, and the truth JSON they turn into."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

SCALES = {"千": Decimal(1_000), "万": Decimal(10_000), "亿": Decimal(100_000_000)}
COUNT_UNITS = {"人", "户", "批", "个", "家", "名", "位", "项", "人次", "期", "座", "所", "场", "次", "村", "镇"}
FULLWIDTH_DIGITS = str.maketrans("0123456789.", "０１２３４５６７８９．")
FULLWIDTH_PUNCT = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})
CN_DIGITS = "零一二三四五六七八九"


def to_chinese(n: int, liang: bool = False) -> str:
    """30 -> '三十', 14 -> '十四', 1200 -> '一千二百', 2 -> '两' when liang (before a measure word)."""
    if n == 2 and liang:
        return "两"
    if not 0 < n < 10_000:
        raise ValueError(f"to_chinese handles 1..9999, not {n}")
    out, zero = "", False
    for power, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // power % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += ("" if (power == 10 and digit == 1 and not out) else CN_DIGITS[digit]) + name
    return out


def kind_and_base(value: Decimal, unit: str) -> tuple[str, Decimal, str]:
    """(kind, base value, base unit): '460.1','万元' -> ('money', 4601000, '元'); '5.2','‰' -> ('percent', 0.52, '%')."""
    if unit == "%":
        return "percent", value, "%"
    if unit == "‰":
        return "percent", value / 10, "%"
    scale, base_unit = Decimal(1), unit
    if unit[:1] in SCALES and len(unit) > 1:
        scale, base_unit = SCALES[unit[0]], unit[1:]
    if base_unit == "元":
        kind = "money"
    elif base_unit in COUNT_UNITS:
        kind = "count"
    else:
        kind = "other"
    return kind, value * scale, base_unit


def plain(value: Decimal) -> str:
    """Decimal('1710') -> '1710', Decimal('460.10') -> '460.10' (printed places kept)."""
    return format(value, "f")


@dataclass(eq=False)
class Qty:
    """One printed quantity; its text is generated from its value, so the truth cannot drift from the PDF."""

    value: Decimal
    unit: str
    label: str
    form: str = "arabic"  # arabic | fullwidth | grouped | chinese | liang
    approx: str = ""  # '近'/'约'/'将近' printed before, '余'/'多' printed between number and unit
    value_max: Decimal | None = None
    range_sep: str = "-"
    table: bool = False  # a table cell: scored apart from the running text

    def number_text(self, value: Decimal) -> str:
        if self.form == "fullwidth":
            return plain(value).translate(FULLWIDTH_DIGITS)
        if self.form == "grouped":
            whole, _, frac = plain(value).partition(".")
            return f"{int(whole):,}" + (f".{frac}" if frac else "")
        if self.form in ("chinese", "liang"):
            return to_chinese(int(value), liang=self.form == "liang")
        return plain(value)

    @property
    def prefix(self) -> str:
        return self.approx if self.approx in ("近", "约", "将近", "大约", "超过", "逾") else ""

    @property
    def raw(self) -> str:
        """The figure as printed, without a leading qualifier: '近2000人' -> '2000人', '500余户' stays."""
        if self.table:
            return self.number_text(self.value)
        text = self.number_text(self.value)
        if self.value_max is not None:
            text += self.range_sep + self.number_text(self.value_max)
        if self.approx in ("余", "多"):
            text += self.approx
        return text + self.unit  # chinese 1200 万元 -> '一千二百万元'

    @property
    def printed(self) -> str:
        return self.prefix + self.raw

    def truth(self, section: str) -> dict[str, object]:
        kind, base, _ = kind_and_base(self.value, self.unit)
        row: dict[str, object] = {
            "raw": self.raw, "value": plain(self.value), "unit": self.unit, "kind": kind,
            "base_value": plain(base.normalize()) if base == base.to_integral() else plain(base),
        }
        if self.value_max is not None:
            row["value_max"] = plain(self.value_max)
        row["label"] = self.label
        row["section"] = section
        if self.approx:
            row["approx"] = self.approx
        if self.form != "arabic":
            row["form"] = self.form
        return row


@dataclass(eq=False)
class Date:
    raw: str
    iso: str


@dataclass(eq=False)
class Filler:
    """Neutral text of a chosen length, used to push a figure across a page break; holds no figures."""

    text: str = ""


Piece = str | Qty | Date | Filler


@dataclass(eq=False)
class Para:
    pieces: list[Piece]
    align: str = "indent"  # indent | left | center | heading
    size: float | None = None


@dataclass(eq=False)
class Rel:
    type: str  # sum | subset | share
    parent: Qty | None
    children: list[Qty]
    cue: str
    planted: str = ""  # why it is made to fail: 'off by one household', '0.1万元 out', 'missing item', '99%'

    def actual(self) -> Decimal:
        if self.type == "share":
            return sum((c.value for c in self.children), Decimal(0))
        assert self.parent is not None
        scale = kind_and_base(Decimal(1), self.parent.unit)[1]
        total = sum((kind_and_base(c.value, c.unit)[1] for c in self.children), Decimal(0))
        return total / scale

    def holds(self) -> bool:
        if self.type == "share":
            return self.actual() == 100
        assert self.parent is not None
        if self.type == "subset":
            return self.actual() <= self.parent.value
        return self.actual() == self.parent.value


@dataclass(eq=False)
class TableSpec:
    title: str
    header: list[str]
    rows: list[list[str | Qty]]  # the last row is 合计
    relations: list[Rel] = field(default_factory=list)
    dates: list[Date] = field(default_factory=list)  # dates printed in the title: '2018年'


@dataclass(eq=False)
class Report:
    name: str
    title: str
    issuer: str
    date: Date
    paras: list[Para]
    relations: list[Rel]
    variant: str = "reportlab"  # reportlab | twocol | docx
    table: TableSpec | None = None
    fullwidth_punct: bool = False
    justify: bool = False  # docx: justified body text (两端对齐) instead of ragged right
    page_wrap: bool = False  # pad a Filler until some figure straddles a page break (reportlab only)

    def text_of(self, piece: Piece) -> str:
        if isinstance(piece, Qty):
            return piece.printed
        if isinstance(piece, Date):
            return piece.raw
        if isinstance(piece, Filler):
            return piece.text
        return piece.translate(FULLWIDTH_PUNCT) if self.fullwidth_punct else piece

    def para_text(self, para: Para) -> str:
        return "".join(self.text_of(p) for p in para.pieces)

    def quantity_offsets(self, para: Para) -> list[tuple[Qty, int, int]]:
        """(quantity, start, end) of each quantity's raw text inside its paragraph's text."""
        out, at = [], 0
        for piece in para.pieces:
            text = self.text_of(piece)
            if isinstance(piece, Qty):
                start = at + len(piece.prefix)
                out.append((piece, start, at + len(text)))
            at += len(text)
        return out

    def truth(self, wraps: dict[int, str] | None = None) -> dict[str, object]:
        """The truth JSON: quantities and dates in reading order, relations by raw text (nth when repeated)."""
        quantities: list[dict[str, object]] = []
        dates: list[dict[str, str]] = [{"raw": self.date.raw, "iso": self.date.iso}]
        order: list[Qty] = []
        section = ""
        for para in self.paras:
            if para.align == "heading":
                section = self.para_text(para)
            for piece in para.pieces:
                if isinstance(piece, Qty):
                    row = piece.truth(section)
                    if wraps and id(piece) in wraps:
                        row["wrap"] = wraps[id(piece)]
                    quantities.append(row)
                    order.append(piece)
                elif isinstance(piece, Date) and piece is not self.date:
                    dates.append({"raw": piece.raw, "iso": piece.iso})
        table_quantities: list[dict[str, object]] = []
        table_order: list[Qty] = []
        if self.table is not None:
            dates += [{"raw": d.raw, "iso": d.iso} for d in self.table.dates]
            for row in self.table.rows:
                for cell in row:
                    if isinstance(cell, Qty):
                        table_quantities.append(cell.truth("附表"))
                        table_order.append(cell)
        out: dict[str, object] = {
            "source": f"benchmarks/corpus.py:{self.name}",
            "variant": self.variant,
            "about": "Synthetic report generated from facts; see benchmarks/corpus.py. Same format as the sample truth; "
                     "'wrap' marks figures printed across a line or page break (reportlab and twocol variants); "
                     "'table_quantities'/'table_relations' are table cells, scored apart.",
            "quantities": quantities,
            "dates": dates,
            "relations": [rel_truth(r, order) for r in self.relations],
        }
        if self.table is not None:
            out["table_quantities"] = table_quantities
            out["table_relations"] = [rel_truth(r, table_order) for r in self.table.relations]
        return out


def rel_truth(rel: Rel, order: list[Qty]) -> dict[str, object]:
    counts = Counter(q.raw for q in order)

    def nth(q: Qty) -> int:
        index = next(i for i, o in enumerate(order) if o is q)
        return sum(1 for o in order[: index + 1] if o.raw == q.raw)

    for q in ([rel.parent] if rel.parent else []) + rel.children:
        if not any(o is q for o in order):
            raise ValueError(f"relation refers to a quantity that is not printed: {q.raw}")
    holds = rel.holds()
    if bool(rel.planted) == holds:
        raise ValueError(f"relation {rel.cue} planted={rel.planted!r} but holds={holds}")
    row: dict[str, object] = {
        "type": rel.type,
        "parent": rel.parent.raw if rel.parent else None,
        "children": [c.raw for c in rel.children],
        "holds": holds,
        "cue": rel.cue,
    }
    if not holds:
        row["actual"] = plain(rel.actual().normalize()) if rel.actual() == rel.actual().to_integral() else plain(rel.actual())
        row["planted"] = rel.planted
    repeated = {q.raw: nth(q) for q in ([rel.parent] if rel.parent else []) + rel.children if counts[q.raw] > 1}
    if repeated:
        row["nth"] = repeated
    return row
