"""Small records built in tests: figures read from a printed string, an Extraction around them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from extract.document import extract_document, number_figures
from extract.figures import Found, find_figures
from extract.layout import Char, Line, normalize_char
from extract.records import Extraction, Figure, PageText, RawTable, Relation, ReportMeta, Table
from extract.relations import find_relations
from extract.tables import (
    chain_relations,
    continuation_layout,
    raw_to_table,
    read_layout,
    table_figures,
    table_relations,
)
from schemas.arithmetic import holds, work_out

DOC = "d" * 64


def figure(raw: str, seq: int, page: int = 2, label: str = "资金") -> Figure:
    [found] = [f for f in find_figures(raw, 2018) if f.kind != "date"]
    return Figure(
        DOC, f"F{seq}", seq, page, found.raw, found.value, found.value_max, found.unit, found.kind, found.base_value,
        found.base_unit, label, "", raw, 0, len(raw), (1.0, 2.0, 3.0, 4.0), approx=found.approx,
    )


def text_figures(text: str, doc_id: str = "t") -> list[Figure]:
    """find_figures wrapped into Figures whose document offsets are the text's offsets."""
    return [
        Figure(
            doc_id=doc_id, figure_id=f"{doc_id}-{seq:04d}", seq=seq, page=1, raw=f.raw, value=f.value,
            value_max=f.value_max, unit=f.unit, kind=f.kind, base_value=f.base_value, base_unit=f.base_unit,
            label=f.label, section="", sentence=f.sentence, char_start=f.start, char_end=f.end, bbox=None,
            approx=f.approx, date_iso=f.date_iso, doc_start=f.start, doc_end=f.end, note=f.note,
        )
        for seq, f in enumerate(find_figures(text, 2018), start=1)
    ]


def extraction(figs: list[Figure], relations: list[Relation], n_pages: int = 3) -> Extraction:
    meta = ReportMeta(DOC, "x.pdf", DOC, n_pages, "测试报告", "", None)
    pages = tuple(PageText(p, "x" * 200, (None,) * 200) for p in range(1, n_pages + 1))
    return Extraction(meta, pages, (), tuple(figs), tuple(relations))




def mutated_sentences(sentences: Sequence[str], chars: str, repeat: int) -> st.SearchStrategy[str]:
    """Report sentences with up to 8 random edits: a deletion, an insertion from `chars`, or `repeat`
    characters doubled in place (hostile text for the never-raise properties)."""

    def mutate(data: tuple[int, list[tuple[int, int, str]]]) -> str:
        index, edits = data
        text = str(sentences[index])
        for op, at, ch in edits:
            at = at % (len(text) + 1)
            if op == 0:
                text = text[:at] + text[at + 1:]
            elif op == 1:
                text = text[:at] + ch + text[at:]
            else:
                text = text[:at] + text[at:at + repeat] * 2 + text[at + repeat:]
        return text

    edit = st.tuples(st.integers(0, 2), st.integers(0, 200), st.sampled_from(list(chars)))
    return st.tuples(st.integers(0, len(sentences) - 1), st.lists(edit, max_size=8)).map(mutate)


def relations_refer_to_figures(text: str) -> None:
    """find_relations on hostile text (a fuzz test's): it raises nothing, and every relation's figures are the text's."""
    figures = text_figures(text)
    ids = {f.figure_id for f in figures}
    for r in find_relations(text, figures, "t"):
        assert r.child_figure_ids and set(r.child_figure_ids) <= ids
        assert r.parent_figure_id == "" or r.parent_figure_id in ids


Checked = tuple[str, str | None, list[str], str, bool]


def checked(relations: list[Relation], figures: list[Figure]) -> list[Checked]:
    """(type, parent raw, children raws, cue, holds) for every relation: holds as the checks work it out; a part a
    balance takes away as '−' + its raw."""
    by_id = {f.figure_id: f for f in figures}
    out: list[Checked] = []
    for r in relations:
        a = work_out(r, by_id)
        assert a is not None
        parent = by_id[r.parent_figure_id].raw if r.parent_figure_id else None
        kids = [("−" if c in r.subtracted_figure_ids else "") + by_id[c].raw for c in r.child_figure_ids]
        out.append((r.type, parent, kids, r.cue, holds(a)))
    return out


def checked_with_confidence(text: str) -> list[tuple[Checked, str]]:
    """checked_text with each relation's confidence: 'high' (a failed check is an error) or 'low' (a warning)."""
    figures = text_figures(text)
    found = find_relations(text, figures, "t")
    return [(c, r.confidence) for c, r in zip(checked(found, figures), found, strict=True)]


def checked_text(text: str) -> list[Checked]:
    figures = text_figures(text)
    return checked(find_relations(text, figures, "t"), figures)


def printed(text: str) -> str:
    """The text as the PDF path prints it: each glyph through normalize_char (NFKC, full-width to ASCII)."""
    return "".join(normalize_char(ch) for ch in text)


def printed_lines(text: str) -> str:
    """printed() line by line, the line breaks (paragraphs) kept."""
    return "\n".join(printed(line) for line in text.split("\n"))


def quantities_in(text: str, year: int | None = 2019) -> list[Found]:
    """The figures other than dates that find_figures reads in `text` as the PDF path prints it."""
    return [f for f in find_figures(printed(text), year) if f.kind != "date"]


def dates_in(text: str, year: int | None = 2019, month: int | None = None) -> list[Found]:
    """The dates find_figures reads in `text` as the PDF path prints it (in a report dated `year`, `month`)."""
    return [f for f in find_figures(printed(text), year, month) if f.kind == "date"]


def make_table(rows: list[list[str]], page: int = 1, index: int = 0) -> Table:
    """A ruled table of these cells, as pdfplumber would hand it over (cell boxes are placeholders)."""
    raw = RawTable((0.0, 0.0, 100.0, 100.0), tuple(tuple(r) for r in rows), tuple(tuple((0.0, 0.0, 1.0, 1.0) for _ in r) for r in rows))
    return raw_to_table(raw, page, index)


def table_sums(rows: list[list[str]]) -> list[tuple[str, list[str]]]:
    """(total raw, part raws) of the sums a table of these cells has its reader check."""
    table = make_table(rows)
    figures = number_figures([], [(table, table_figures(table, DOC))])
    by_id = {f.figure_id: f for f in figures}
    return [(by_id[r.parent_figure_id].raw, [by_id[k].raw for k in r.child_figure_ids]) for r in table_relations(table, figures, DOC)]


def chain_sums(first: Table, second: Table, caption: str = "") -> list[tuple[str, list[str], bool]]:
    """(parent raw, child raws, holds) of the sums over `first` and its continuation `second` on the next page."""
    layout = continuation_layout(first, read_layout(first, caption), second)
    assert layout is not None
    figures = number_figures([], [(first, table_figures(first, DOC, caption=caption)),
                                  (second, table_figures(second, DOC, caption=caption, layout=layout))])
    by_id = {f.figure_id: f for f in figures}
    relations = chain_relations([(first, read_layout(first, caption)), (second, layout)], figures, DOC)
    return [(by_id[r.parent_figure_id].raw, [by_id[k].raw for k in r.child_figure_ids], holds(work_out(r, by_id)))  # type: ignore[arg-type]
            for r in relations]


def checks(by_id: dict[str, Figure], relations: Iterable[Relation]) -> list[tuple[str, str, list[str], bool]]:
    """(type, total as printed, parts as printed, holds) of each check with a total, sorted."""
    return sorted((r.type, by_id[r.parent_figure_id].raw, [by_id[k].raw for k in r.child_figure_ids], holds(work_out(r, by_id)))  # type: ignore[arg-type]
                  for r in relations if r.parent_figure_id)


def saved_and_checked(canvas: Canvas, path: Path) -> tuple[list[Figure], list[tuple[str, str, list[str], bool]]]:
    """A reportlab page saved and read as `tally run` reads it: its figures and its checks."""
    canvas.showPage()
    canvas.save()
    extraction = extract_document(path)
    return list(extraction.figures), checks({f.figure_id: f for f in extraction.figures}, extraction.relations)


def ruled_table_page(path: Path, caption: str, header: Sequence[str], rows: Sequence[tuple[object, ...]],
                     edges: Sequence[float], centred: bool = False, size: float = 10,
                     groups: Sequence[str] = (), open_sides: bool = False) -> Canvas:
    """A reportlab page with a caption, '单位:万元' and a ruled table: a header row, then rows of (indent in characters,
    label, cells …), labels set in by their indent (or centred), numbers set flush right in their columns. `groups`
    adds a row above the header of spanning headers (收入, 支出), each over an equal share of the columns; `open_sides`
    leaves out the rules down its left and right sides (rules between the columns only)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("STSong-Light", size)
    top, height = A4[1] - 100, 20
    canvas.drawString(150, top + 24, caption)
    canvas.drawRightString(edges[-1], top + 8, "单位:万元")
    if groups:
        width = (len(edges) - 1) // len(groups)
        for g, name in enumerate(groups):
            canvas.drawCentredString((edges[g * width] + edges[(g + 1) * width]) / 2, top + 6 - height, name)
        for x in edges[::width]:
            canvas.line(x, top, x, top - height)
        canvas.line(edges[0], top, edges[-1], top)
        top -= height
    table = [(0, *header), *rows]
    for i, (indent, label, *cells) in enumerate(table):
        y = top - height * (i + 1) + 6
        if centred or i == 0:
            canvas.drawCentredString((edges[0] + edges[1]) / 2, y, str(label))
        else:
            canvas.drawString(edges[0] + 4 + int(str(indent)) * size, y, str(label))
        for c, cell in enumerate(cells, start=1):
            if i == 0:
                canvas.drawCentredString((edges[c] + edges[c + 1]) / 2, y, str(cell))
            else:
                canvas.drawRightString(edges[c + 1] - 4, y, str(cell))
    for i in range(len(table) + 1):
        canvas.line(edges[0], top - height * i, edges[-1], top - height * i)
    for x in edges[1:-1] if open_sides else edges:
        canvas.line(x, top, x, top - height * len(table))
    return canvas


def text_line(top: float, *cells: tuple[str, float], size: float = 10.0) -> Line:
    """A line of a page set without rules: cells, each (text, x of its right edge for numbers or of its left edge for a
    label, the first); CJK glyphs a full `size` wide, others 0.6 of it."""
    chars: list[Char] = []
    for i, (text, x) in enumerate(cells):
        start = x if i == 0 else x - size * 0.6 * len(text)
        for k, ch in enumerate(text):
            width = size if "\u4e00" <= ch <= "\u9fff" else size * 0.6
            x0 = start + (k * size if i == 0 else k * size * 0.6)
            chars.append(Char(ch, x0, top, x0 + width, top + size, size))
    return Line(tuple(chars))
