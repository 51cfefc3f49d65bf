"""write_review(db, out_dir) -> index.html: the overview, one page per document, marked page crops under img/.

The warehouse is read once (read-only) and closed before any PDF is rendered. Everything written
depends only on the warehouse and the PDFs: the same inputs give byte-identical files.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from extract.document import file_sha256
from review import records
from review.document import CheckPlan, document_html, plan_checks
from review.overview import MOST_GAPS, overview_html
from review.records import CheckRow, DocumentRow, FigureRow
from review.render import CropImage, PdfUnavailable, write_crops
from warehouse.connect import connect

MAX_DISCREPANCIES = MOST_GAPS  # (the overview says how many it lists)
MANIFEST = "review-manifest.json"  # page name -> what it was made from: unchanged documents are not rendered again


class UnknownDocument(Exception):
    """A --doc given to the review that names no document (or more than one) in the warehouse."""

    def __init__(self, given: str, matches: int) -> None:
        what = "no document" if matches == 0 else f"{matches} documents"
        super().__init__(f"--doc {given}: {what} in the warehouse with that id (give more of the doc_id)")
        self.given = given
        self.matches = matches


@dataclass(frozen=True, slots=True)
class DocumentData:
    doc: DocumentRow
    checks: tuple[CheckRow, ...]
    figures: tuple[FigureRow, ...]


@dataclass(frozen=True, slots=True)
class ReviewFiles:
    """What write_review wrote: the overview, the document pages, the crops, and why some crops are missing."""

    index: Path
    pages: tuple[Path, ...]
    images: tuple[Path, ...]  # crops written by this call (unchanged documents keep theirs)
    notes: tuple[str, ...]


def select(docs: Sequence[DocumentRow], doc_ids: Sequence[str] | None) -> list[DocumentRow]:
    """The documents named by full doc_id or a unique prefix ('fb3c8c5e531f'), in warehouse order; all when None."""
    if doc_ids is None:
        return list(docs)
    wanted: set[str] = set()
    for given in doc_ids:
        exact = [d.doc_id for d in docs if d.doc_id == given]
        matches = exact or [d.doc_id for d in docs if d.doc_id.startswith(given)]
        if len(matches) != 1 or not given:
            raise UnknownDocument(given, len(matches))
        wanted.add(matches[0])
    return [d for d in docs if d.doc_id in wanted]




def pdf_problem(doc: DocumentRow) -> str | None:
    """Why the document's PDF cannot be shown any more, or None when the file is there with the same bytes."""
    path = Path(doc.source_path)
    if not doc.source_path or not path.is_file():
        return f"The PDF is not at {doc.source_path or '(no path recorded)'} any more, so the page cannot be shown."
    try:
        same = file_sha256(path) == (doc.sha256 or doc.doc_id)
    except OSError as err:
        return f"The PDF at {path} cannot be read ({err.strerror}), so the page cannot be shown."
    if not same:
        return f"The file at {path} has changed since it was loaded, so its pages no longer match; run tally again."
    return None


def read_warehouse(
    db_path: str | Path, doc_ids: Sequence[str] | None, redraw: Callable[[DocumentRow], bool] | None = None
) -> tuple[list[DocumentRow], list[DocumentData], list[records.Discrepancy]]:
    """Everything the pages show, read in one read-only session: every (selected) document, the rows of
    those to draw (all, unless `redraw` says which), and the largest discrepancies."""
    con = connect(db_path, read_only=True)
    try:
        docs = select(records.documents(con), doc_ids)
        data = [
            DocumentData(d, tuple(records.checks(con, d.doc_id)), tuple(records.figures(con, d.doc_id)))
            for d in docs
            if redraw is None or redraw(d)
        ]
        gaps = records.discrepancies(con, [d.doc_id for d in docs], MAX_DISCREPANCIES)
    finally:
        con.close()
    return docs, data, gaps


def render_document(data: DocumentData, out_dir: Path) -> tuple[str, dict[Path, CropImage], str | None]:
    """(page HTML, crops written, why crops are missing) for one document; only pages with crops are rendered."""
    plans: list[CheckPlan] = plan_checks(data.doc, data.checks, data.figures, out_dir)
    requests = [r for p in plans for r in p.requests]
    written: dict[Path, CropImage] = {}
    note = pdf_problem(data.doc) if requests else None
    if requests and note is None:
        try:
            written = write_crops(Path(data.doc.source_path), requests)
        except PdfUnavailable as err:
            note = f"The PDF {err.path} {err.reason}, so the page cannot be shown."
    html = document_html(data.doc, data.checks, data.figures, plans, written, note)
    return html, written, note


def _write(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8"))


def _code_stamp() -> str:
    """A digest of the code that draws the pages (review/*.py and the character reader): new code redraws every page."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted([*here.glob("*.py"), here.parent / "extract" / "pdf.py"]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _file_state(path: str) -> tuple[int, int] | None:
    """(size, mtime in ns) of a file, None when it is not there: a change of bytes shows here without reading them."""
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def fingerprint(doc: DocumentRow, code: str) -> str:
    """What a document's page and crops are made from: its documents row (loaded_at changes whenever its
    rows are written again), its PDF's size and time, and the drawing code.

    Neither the PDF nor the document's figure and check rows are read for this: a scheduled run over a
    season's warehouse reads only what it draws. A PDF rewritten with other bytes has another time, and
    its page is drawn again, with pdf_problem's note."""
    return hashlib.sha256(repr((code, doc, _file_state(doc.source_path))).encode("utf-8")).hexdigest()


def _read_manifest(out: Path) -> dict[str, str]:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def build_review(db_path: str | Path, out_dir: str | Path, doc_ids: Sequence[str] | None = None) -> ReviewFiles:
    """Write index.html, <doc_id[:12]>.html per document and img/*.png into out_dir.

    A document whose rows, PDF and drawing code are what they were when its page in out_dir was written
    keeps that page and its crops (review-manifest.json records what each page was made from): a
    scheduled run over a season's warehouse redraws only the documents it loaded.
    """
    out = Path(out_dir)
    code = _code_stamp()
    before = _read_manifest(out)

    stamps: dict[str, str] = {}

    def redraw(doc: DocumentRow) -> bool:
        stamps[doc.page_name] = fingerprint(doc, code)
        return before.get(doc.page_name) != stamps[doc.page_name] or not (out / doc.page_name).is_file()

    docs, data, gaps = read_warehouse(db_path, doc_ids, redraw)
    out.mkdir(parents=True, exist_ok=True)
    manifest = dict(before)
    images: list[Path] = []
    notes: list[str] = []
    for item in data:
        html, written, note = render_document(item, out)
        _write(out / item.doc.page_name, html)
        manifest[item.doc.page_name] = stamps[item.doc.page_name]
        images.extend(sorted(written))
        if note:
            notes.append(f"{item.doc.file_name}: {note}")
    if doc_ids is None:  # a whole review: forget pages of documents no longer in the warehouse
        current = {doc.page_name for doc in docs}
        manifest = {name: stamp for name, stamp in manifest.items() if name in current}
    _write(out / MANIFEST, json.dumps(dict(sorted(manifest.items())), indent=1) + "\n")
    index = out / "index.html"
    _write(index, overview_html(docs, gaps))
    return ReviewFiles(index, tuple(out / doc.page_name for doc in docs), tuple(images), tuple(notes))


def write_review(db_path: str | Path, out_dir: str | Path, doc_ids: Sequence[str] | None = None) -> Path:
    """The review of the warehouse (or of these documents) in out_dir; returns the path of index.html."""
    return build_review(db_path, out_dir, doc_ids).index
