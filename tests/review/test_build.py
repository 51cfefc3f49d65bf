"""write_review on warehouses built by the real pipeline: files, determinism, missing or changed PDFs, selection."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from pdfs import tiny_pdf

from review.build import UnknownDocument, build_review, write_review

MakeWarehouse = Callable[[Sequence[Path], Path], Path]
SAMPLE_PAGE = "fb3c8c5e531f.html"


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_write_review_writes_the_index_a_page_per_document_and_the_crops(sample_warehouse: Path, tmp_path: Path) -> None:
    index = write_review(sample_warehouse, tmp_path / "review")
    assert index == tmp_path / "review" / "index.html"
    assert sorted(tree(tmp_path / "review")) == [
        "fb3c8c5e531f.html", "img/fb3c8c5e531f-C004-p4.png", "index.html", "review-manifest.json"]
    page = (tmp_path / "review" / SAMPLE_PAGE).read_text(encoding="utf-8")
    assert "6114 + 1394 + 64 = 7572 ≠ 7573户" in page
    assert page.index('id="C004"') < page.index('id="C001"')  # the failed check before the passed ones
    assert '<a href="fb3c8c5e531f.html#C004">ziyang_2018.pdf</a>' in index.read_text(encoding="utf-8")


def test_the_same_warehouse_gives_byte_identical_files(sample_warehouse: Path, tmp_path: Path) -> None:
    write_review(sample_warehouse, tmp_path / "one")
    write_review(sample_warehouse, tmp_path / "two")
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_the_review_does_not_change_the_warehouse(sample_warehouse: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(sample_warehouse.read_bytes()).hexdigest()
    write_review(sample_warehouse, tmp_path / "review")
    assert hashlib.sha256(sample_warehouse.read_bytes()).hexdigest() == before


def test_a_pdf_gone_since_loading_gives_a_note_instead_of_the_crop(
    failing_pdf: Path, tmp_path: Path, make_warehouse: MakeWarehouse
) -> None:
    moved = tmp_path / "inbox" / "bad.pdf"
    moved.parent.mkdir()
    shutil.copy(failing_pdf, moved)
    db = make_warehouse([moved], tmp_path / "w.duckdb")
    moved.unlink()
    files = build_review(db, tmp_path / "review")
    page = files.pages[0].read_text(encoding="utf-8")
    assert files.images == () and "<img" not in page
    assert f"The PDF is not at {moved} any more" in page and "500 + 350 = 850 ≠ 860人" in page
    assert len(files.notes) == 1


def test_a_pdf_changed_since_loading_gives_a_note(failing_pdf: Path, tmp_path: Path, make_warehouse: MakeWarehouse) -> None:
    db = make_warehouse([failing_pdf], tmp_path / "w.duckdb")
    tiny_pdf(["另一份报告"], failing_pdf)
    page = build_review(db, tmp_path / "review").pages[0].read_text(encoding="utf-8")
    assert "has changed since it was loaded" in page and "<img" not in page


def test_parts_on_another_page_get_a_crop_of_their_own(tmp_path: Path, make_warehouse: MakeWarehouse) -> None:
    pdf = tmp_path / "two_pages.pdf"
    tiny_pdf(
        ["一、劳务协作", "全年输出劳动力860人,其中到江苏就业500人,就近就业350人,另有返乡创业人员若干。"], pdf,
        title_block=["某某县东西部协作工作汇报", "某某县人民政府", "2018年1月9日"], lines_per_page=2, chars_per_line=22,
    )
    files = build_review(make_warehouse([pdf], tmp_path / "w.duckdb"), tmp_path / "review")
    assert [p.name.split("-", 1)[1] for p in files.images] == ["C001-p1.png", "C001-p2.png"]


def test_documents_can_be_chosen_by_a_doc_id_prefix(
    failing_pdf: Path, report_pdf: Path, tmp_path: Path, make_warehouse: MakeWarehouse
) -> None:
    db = make_warehouse([failing_pdf, report_pdf], tmp_path / "w.duckdb")
    wanted = hashlib.sha256(failing_pdf.read_bytes()).hexdigest()
    files = build_review(db, tmp_path / "review", [wanted[:8]])
    assert [p.name for p in files.pages] == [f"{wanted[:12]}.html"]
    assert "1 document (1 loaded" in files.index.read_text(encoding="utf-8")
    with pytest.raises(UnknownDocument, match="--doc 0000: no document"):
        build_review(db, tmp_path / "other", ["0000"])


def test_a_document_that_failed_to_load_is_listed_with_its_reason(
    report_pdf: Path, tmp_path: Path, make_warehouse: MakeWarehouse
) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    files = build_review(make_warehouse([bad, report_pdf], tmp_path / "w.duckdb"), tmp_path / "review")
    index = files.index.read_text(encoding="utf-8")
    assert "failed to load: not_pdf" in index and "this is a PNG image, not a PDF" in index
    assert len(files.pages) == 2


def test_a_second_review_redraws_only_what_changed(
    failing_pdf: Path, report_pdf: Path, tmp_path: Path, make_warehouse: MakeWarehouse
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first, second = shutil.copy(failing_pdf, inbox / "a.pdf"), shutil.copy(report_pdf, inbox / "b.pdf")
    db = make_warehouse([Path(first), Path(second)], tmp_path / "w.duckdb")
    out = tmp_path / "review"
    assert len(build_review(db, out).images) == 1  # b.pdf's checks all pass: no crops

    again = build_review(db, out)  # nothing changed: no page is drawn again, and the files are what a fresh review gives
    assert (again.images, len(again.pages)) == ((), 2)
    fresh = tmp_path / "fresh"
    build_review(db, fresh)
    assert tree(out) == tree(fresh)

    (out / again.pages[0].name).unlink()  # a page removed by hand is drawn again
    assert len(build_review(db, out).images) == 1

    tiny_pdf(["另一份报告"], first)  # the PDF changed since loading: its page says so, the other one stays
    changed = build_review(db, out)
    assert changed.notes and "has changed since it was loaded" in (out / again.pages[0].name).read_text(encoding="utf-8")
    tiny_pdf(["全年输出劳动力860人,其中到江苏就业500人,就近就业340人。"], first)
    make_warehouse([Path(first)], tmp_path / "w.duckdb")  # reloaded: the new version's page is drawn, b.pdf's is not
    reloaded = build_review(db, out)
    new_page = out / (hashlib.sha256(Path(first).read_bytes()).hexdigest()[:12] + ".html")
    assert [p.name for p in reloaded.images] == [new_page.stem + "-C001-p1.png"]
    assert "500 + 340 = 840 ≠ 860人" in new_page.read_text(encoding="utf-8")
