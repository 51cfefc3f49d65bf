"""One PDF -> Extraction: pages, title block, sections, figures placed on their pages, relations."""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from extract.figures import Found, find_figures, references
from extract.layout import Paragraph, RawPage, body_lines, furniture_keys, page_text
from extract.meta import CONTENTS_RE, read_meta
from extract.records import BBox, Extraction, Figure, Image, PageText, Relation, ReportMeta, Section, Table
from extract.relations import find_relations, table_repeats
from extract.sections import APPENDIX_RE, build_sections, parse_heading, section_at
from extract.tables import (
    Layout,
    PdfPage,
    caption_unit,
    chain_relations,
    continuation_layout,
    raw_to_image,
    raw_to_table,
    read_layout,
    table_figures,
    widened,
)


@dataclass(frozen=True, slots=True)
class DocText:
    """The pages' texts joined into one reading-order text; a paragraph cut by a page break is rejoined."""

    text: str
    starts: tuple[int, ...]  # document offset where each page's text starts
    pages: tuple[PageText, ...]
    paragraphs: tuple[tuple[int, int, str], ...]  # (page, document offset, text)

    def page_at(self, offset: int) -> int:
        """Index into pages of the page holding a document offset."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def _opens_a_part(text: str) -> bool:
    """A page that opens with a heading or an appendix ('附表1', '二、…') starts anew: nothing runs on into it."""
    return parse_heading(text) is not None or APPENDIX_RE.match(text.strip()) is not None


def join_pages(pages: Sequence[PageText], paragraphs: Sequence[Sequence[Paragraph]]) -> DocText:
    """Join page texts; no newline where a page's last paragraph runs on into the next page's first."""
    parts: list[str] = []
    starts: list[int] = []
    paras: list[tuple[int, int, str]] = []
    offset = 0
    for i, page in enumerate(pages):
        if i and parts:
            runs_on = (bool(paragraphs[i - 1]) and paragraphs[i - 1][-1].open_end and bool(paragraphs[i])
                       and not paragraphs[i][0].indented and not _opens_a_part(paragraphs[i][0].text))
            if not runs_on:
                parts.append("\n")
                offset += 1
        starts.append(offset)
        parts.append(page.text)
        offset += len(page.text)
    text = "".join(parts)
    start = 0
    for line in text.split("\n"):
        paras.append((pages[max(0, bisect.bisect_right(starts, start) - 1)].page if pages else 1, start, line))
        start += len(line) + 1
    return DocText(text, tuple(starts), tuple(pages), tuple(paras))


def _bbox(doc: DocText, start: int, end: int) -> tuple[int, int, BBox | None]:
    """(page index, start in page text, union box of the figure's characters on its first page)."""
    index = doc.page_at(start)
    page = doc.pages[index]
    local = start - doc.starts[index]
    boxes = [b for b in page.boxes[local:local + (end - start)] if b is not None]
    if not boxes:
        return index, local, None
    return index, local, (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def place(found: Sequence[Found], doc: DocText, doc_id: str, sections: Sequence[Section]) -> list[Figure]:
    """Found figures (document offsets) -> Figure records on their starting page, in their section."""
    figures = []
    for seq, f in enumerate(found, start=1):
        index, local, box = _bbox(doc, f.start, f.end)
        section = section_at(sections, f.start)
        figures.append(
            Figure(
                doc_id=doc_id, figure_id=figure_id(doc_id, seq), seq=seq, page=doc.pages[index].page, raw=f.raw,
                value=f.value, value_max=f.value_max, unit=f.unit, kind=f.kind, base_value=f.base_value,
                base_unit=f.base_unit, label=f.label, section=section, sentence=f.sentence, char_start=local,
                char_end=local + (f.end - f.start), bbox=box, approx=f.approx, date_iso=f.date_iso,
                doc_start=f.start, doc_end=f.end, note=f.note,
            )
        )
    return figures


def figure_id(doc_id: str, seq: int) -> str:
    return f"{doc_id[:12]}-{seq:04d}"


def number_figures(text_figures: Sequence[Figure], tables: Sequence[tuple[Table, Sequence[Figure]]]) -> list[Figure]:
    """Text and table figures in one reading order (page, then top), numbered 1, 2, 3 … with their figure_ids.

    A table's figures go before the first text figure of its page printed below the table's top.
    """
    pending = sorted(tables, key=lambda item: (item[0].page, item[0].bbox[1], item[0].index))
    ordered: list[Figure] = []
    for f in text_figures:
        while pending and (pending[0][0].page < f.page or (
                pending[0][0].page == f.page and f.bbox is not None and pending[0][0].bbox[1] <= f.bbox[1])):
            ordered.extend(pending.pop(0)[1])
        ordered.append(f)
    for _, figures in pending:
        ordered.extend(figures)
    return [replace(f, seq=seq, figure_id=figure_id(f.doc_id, seq)) for seq, f in enumerate(ordered, start=1)]


def offset_before(doc: DocText, page: int, top: float) -> int:
    """The document offset of the first character of `page` printed below `top` (the page's end if none)."""
    for index, p in enumerate(doc.pages):
        if p.page != page:
            continue
        for i, box in enumerate(p.boxes):
            if box is not None and box[1] >= top:
                return doc.starts[index] + i
        return doc.starts[index] + len(p.text)
    return len(doc.text)


# A table goes on over a page break to the first 30% of the next page: with its header repeated, or with rows only
# when it ran into the last 30% of its page.
CONTINUED_AT_TOP = 0.3
TableChain = list[tuple[Table, Layout]]  # a table and its continuations on the pages after, each with its layout


def read_tables(
    raw_pages: Sequence[RawPage], doc: DocText, doc_id: str, sections: Sequence[Section], report_year: int | None
) -> tuple[list[Table], list[Image], list[tuple[Table, list[Figure]]], list[TableChain]]:
    """Tables and images of the pages, each table with its figures (not yet numbered), and the tables as chains:
    the first table of a page that goes on with the last of the page before (tables.continuation_layout) joins its
    chain, read with that layout, so that a 合计 on the second page adds the rows of both."""
    tables: list[Table] = []
    images: list[Image] = []
    read: list[tuple[Table, list[Figure]]] = []
    chains: list[TableChain] = []
    last: tuple[str, bool] | None = None  # of the page before's last table (chains[-1][-1]): the unit above its chain, at the foot
    for raw, page in zip(raw_pages, doc.pages, strict=True):
        if not isinstance(raw, PdfPage):
            last = None
            continue
        images.extend(raw_to_image(image, raw.page, i) for i, image in enumerate(raw.images))
        for i, raw_table in enumerate(raw.tables):
            table = raw_to_table(raw_table, raw.page, i)
            section = section_at(sections, max(0, offset_before(doc, raw.page, table.bbox[1]) - 1))
            unit = caption_unit(page, table.bbox[1])
            at_top = not raw.height or table.bbox[1] < raw.height * CONTINUED_AT_TOP  # (a table lower down is another)
            if last is not None and i == 0 and at_top:
                table = widened(*chains[-1][-1], table)  # (its merged row-label cells split back into their columns)
            layout = continuation_layout(*chains[-1][-1], table) if last is not None and i == 0 and at_top else None
            if layout is not None and layout.first_data == 0 and last is not None and not last[1]:
                layout = None  # rows with no header go on from a table only when that one ran to the page's foot
            if layout is not None and last is not None:
                chains[-1].append((table, layout))
                unit = last[0]
            else:
                layout = read_layout(table, unit)
                chains.append([(table, layout)])
            tables.append(table)
            read.append((table, table_figures(table, doc_id, report_year, section, unit, layout)))
            at_foot = not raw.height or table.bbox[3] > raw.height * (1 - CONTINUED_AT_TOP)
            last = (unit, at_foot) if i == len(raw.tables) - 1 else None
        if not raw.tables:
            last = None
    return tables, images, read, chains


def all_relations(doc: DocText, figures: Sequence[Figure], chains: Sequence[TableChain], doc_id: str) -> list[Relation]:
    """Relations found in the running text, then each table's 合计 sums (ids continue R001, R002 …)."""
    in_text = [f for f in figures if f.table_index is None]
    relations = find_relations(doc.text, in_text, doc_id)
    for chain in chains:
        relations.extend(chain_relations(chain, figures, doc_id, first=len(relations) + 1))
    in_tables = [f for f in figures if f.table_index is not None]
    relations.extend(table_repeats(doc.text, in_text, in_tables, doc_id, first=len(relations) + 1))
    return relations


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def build_extraction(raw_pages: Sequence[RawPage], path: Path, sha256: str) -> Extraction:
    """Raw page lines of one PDF -> its Extraction (pure: no file access beyond the given values)."""
    furniture = furniture_keys(raw_pages)
    pages: list[PageText] = []
    paragraphs: list[list[Paragraph]] = []
    for raw in raw_pages:
        page, paras = page_text(raw, furniture)
        pages.append(page)
        paragraphs.append(paras)
    doc = join_pages(pages, paragraphs)
    first = raw_pages[0].lines if raw_pages else ()
    last = raw_pages[-1].lines if raw_pages else ()
    # the running header a Word report prints on every page (its title again) is no part of page 1's title block
    head = body_lines(raw_pages[0], furniture) if raw_pages else []
    title, issuer, report_date = read_meta([ln.raw for ln in (head or first)[:10]], [ln.raw for ln in last[-8:]])
    if not title and head:
        title = read_meta([ln.raw for ln in first[:10]])[0]  # the header was all the title there is
    if report_date is None and len(raw_pages) > 1 and any(CONTENTS_RE.match(ln.raw.strip()) for ln in first[:10]):
        report_date = read_meta([ln.raw for ln in raw_pages[1].lines[:10]])[2]  # a contents page first: the date is on the next
    meta = ReportMeta(sha256, str(path), sha256, len(raw_pages), title, issuer, report_date)
    sections = build_sections(doc.paragraphs)
    report_year = int(report_date[:4]) if report_date else None
    found = find_figures(doc.text, report_year, int(report_date[5:7]) if report_date else None)
    text_figures = place(found, doc, sha256, sections)
    tables, images, table_reads, chains = read_tables(raw_pages, doc, sha256, sections, report_year)
    figures = number_figures(text_figures, table_reads)
    relations = all_relations(doc, figures, chains, sha256)
    return Extraction(
        meta, tuple(pages), tuple(sections), tuple(figures), tuple(relations), tuple(references(doc.text)),
        tuple(tables), tuple(images),
    )


def extract_document(path: Path, password: str = "") -> Extraction:
    """Read a PDF from disk and extract it (no limits or isolation: see extract.guard for those)."""
    from extract.pdf import read_raw_pages

    return build_extraction(read_raw_pages(path, password), path, file_sha256(path))


__all__ = ["DocText", "build_extraction", "extract_document", "file_sha256", "join_pages", "number_figures", "section_at"]
