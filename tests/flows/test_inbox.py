"""The inbox's bookkeeping (flows.inbox) before a scheduled run reads anything: which files are unchanged,
answered from the warehouse without the writer's imports, so reading starts early."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from flows.inbox import missing_files, unchanged_files
from flows.pipeline import file_identity
from warehouse.connect import connect


def loaded(db: Path, rows: list[tuple[str, str]]) -> None:
    con = connect(str(db))
    try:
        for i, (path, sha) in enumerate(rows):
            con.execute("INSERT INTO documents (doc_id, source_path, file_name, sha256, status, loaded_at)"
                        " VALUES (?, ?, ?, ?, 'loaded', now())", [f"d{i}", path, Path(path).name, sha])
    finally:
        con.close()


def test_unchanged_files_are_those_loaded_from_the_same_path_with_the_same_bytes(tmp_path: Path) -> None:
    same, changed, new = (tmp_path / n for n in ("same.pdf", "changed.pdf", "new.pdf"))
    for f in (same, changed, new):
        f.write_bytes(b"%PDF-1.4 " + f.name.encode())
    db = tmp_path / "w.duckdb"
    loaded(db, [(str(same), file_identity(same)[0]), (str(changed), "0" * 64), (str(tmp_path / "gone.pdf"), "1" * 64)])
    assert unchanged_files([str(same), str(changed), str(new)], str(db)) == [str(same)]
    assert missing_files(str(db), str(tmp_path)) == [str(tmp_path / "gone.pdf")]
    assert unchanged_files([str(same)], str(tmp_path / "no-warehouse-yet.duckdb")) == []


def test_telling_unchanged_files_does_not_import_the_writer(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    loaded(db, [])
    code = ("import sys; from flows.inbox import unchanged_files; unchanged_files([], sys.argv[1]);"
            "heavy = [m for m in ('pandas', 'pandera', 'pyarrow', 'warehouse.load') if m in sys.modules];"
            "print(heavy); sys.exit(1 if heavy else 0)")
    done = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_gone_file_is_reported_whether_the_inbox_is_named_relative_or_absolute_and_only_under_it(
        tmp_path: Path, monkeypatch: object) -> None:
    inbox, sibling = tmp_path / "inbox", tmp_path / "inbox2"
    db = tmp_path / "w.duckdb"
    loaded(db, [(str(inbox / "gone.pdf"), "1" * 64), (str(inbox / "sub" / "gone too.pdf"), "2" * 64),
                (str(sibling / "elsewhere.pdf"), "3" * 64)])
    inbox.mkdir()
    expected = [str(inbox / "gone.pdf"), str(inbox / "sub" / "gone too.pdf")]
    assert missing_files(str(db), str(inbox)) == expected
    assert missing_files(str(db), str(inbox) + "/") == expected
    monkeypatch.chdir(tmp_path)  # type: ignore[attr-defined]
    assert missing_files(str(db), "inbox") == expected
    assert missing_files(str(db), "./inbox/") == expected


def test_a_copy_of_a_loaded_file_still_there_is_unchanged_and_only_same_sized_files_are_hashed(
        tmp_path: Path, monkeypatch: object) -> None:
    import flows.inbox

    original, copy, other, moved = (tmp_path / n for n in ("a.pdf", "b copy.pdf", "c.pdf", "d.pdf"))
    original.write_bytes(b"%PDF-1.4 same bytes")
    copy.write_bytes(b"%PDF-1.4 same bytes")
    other.write_bytes(b"%PDF-1.4 othr bytes")  # the same size, other bytes: new
    moved.write_bytes(b"%PDF-1.4 moved here, the old name gone")
    db = tmp_path / "w.duckdb"
    con = connect(str(db))
    for i, (path, f) in enumerate([(original, original), (tmp_path / "gone.pdf", moved)]):
        con.execute("INSERT INTO documents (doc_id, source_path, file_name, sha256, size_bytes, status, loaded_at)"
                    " VALUES (?, ?, ?, ?, ?, 'loaded', now())", [f"d{i}", str(path), path.name,
                                                                 file_identity(f)[0], f.stat().st_size])
    con.close()
    hashed: list[str] = []
    real = flows.inbox.file_identity
    monkeypatch.setattr(flows.inbox, "file_identity", lambda p: hashed.append(p.name) or real(p))  # type: ignore[attr-defined]
    files = [str(f) for f in (original, copy, other, moved)]
    # the copy: loaded once under a.pdf, which is still there (warehouse.load.write_documents); d.pdf: its
    # bytes were loaded under a name that is gone (a move), so it is read and takes the new name
    assert unchanged_files(files, str(db)) == [str(original), str(copy)]
    assert sorted(hashed) == ["a.pdf", "b copy.pdf", "c.pdf", "d.pdf"]
    hashed.clear()
    (tmp_path / "e.pdf").write_bytes(b"%PDF a size no loaded document has")
    assert unchanged_files([str(tmp_path / "e.pdf")], str(db)) == [] and hashed == []
