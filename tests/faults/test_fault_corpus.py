"""Every bad file in the fault corpus gets its own one-line error (or loads), in a killable child process."""

from __future__ import annotations

import pickle
import resource
import time
from pathlib import Path

import pytest

from extract.errors import Encrypted, ExtractError, NotPdf, ParseError, Timeout, TooLarge
from extract.guard import Limits, classify_text_layer, read_document_safely, sniff
from extract.isolate import run_isolated
from faults.make_faults import MAX_BYTES, MAX_PAGES, make_fault_corpus

LIMITS = Limits(max_bytes=MAX_BYTES, max_pages=MAX_PAGES, timeout_s=10, memory_mb=800)
SECONDS_PER_FILE = 60
PARENT_RSS_KB = 2 * 1024 * 1024  # ru_maxrss is in KiB on Linux


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("faults")
    return folder, make_fault_corpus(folder)


def read_kind(path: Path, password: str = "") -> tuple[str, str]:
    """('loaded', '') or (error kind, message) for one file."""
    try:
        return read_document_safely(path, LIMITS, password), ""
    except ExtractError as err:
        return err.kind, str(err)


def test_corpus_has_every_kind(corpus: tuple[Path, dict[str, str]]) -> None:
    _, expected = corpus
    assert len(expected) >= 16
    kinds = set(expected.values())
    assert kinds >= {"loaded", "empty_file", "not_pdf", "truncated", "encrypted", "no_text_layer", "too_large"}


@pytest.mark.slow
def test_each_fault_file_gets_its_kind_and_a_one_line_message(corpus: tuple[Path, dict[str, str]]) -> None:
    folder, expected = corpus
    failures: list[str] = []
    for name, want in expected.items():  # the batch goes on after each failure, like the real ingest
        started = time.monotonic()
        try:
            got, message = read_kind(folder / name)
        except Exception as exc:  # anything but an ExtractError is a failure of the guard itself
            failures.append(f"{name}: raised {type(exc).__name__}: {exc}")
            continue
        seconds = time.monotonic() - started
        if got != want:
            failures.append(f"{name}: expected {want}, got {got} ({message})")
        if got != "loaded":
            if "\n" in message or "Traceback" in message or not message.startswith(f"{name}: "):
                failures.append(f"{name}: message is not one plain line: {message!r}")
            if len(message) > 200:
                failures.append(f"{name}: message is {len(message)} characters long")
        if seconds > SECONDS_PER_FILE:
            failures.append(f"{name}: took {seconds:.0f} s")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if peak_kb > PARENT_RSS_KB:
        failures.append(f"parent peak RSS {peak_kb // 1024} MB, over 2 GB")
    assert not failures, "\n".join(failures)


@pytest.mark.slow
def test_password_option_opens_the_encrypted_pdf(corpus: tuple[Path, dict[str, str]]) -> None:
    folder, _ = corpus
    assert read_kind(folder / "encrypted_user_password.pdf", password="secret") == ("loaded", "")


@pytest.mark.slow
def test_wrong_password_says_so(corpus: tuple[Path, dict[str, str]]) -> None:
    folder, _ = corpus
    kind, message = read_kind(folder / "encrypted_user_password.pdf", password="wrong")
    assert kind == "encrypted"
    assert "password given does not open it" in message


def test_sniff_refuses_before_any_pdf_parsing(corpus: tuple[Path, dict[str, str]]) -> None:
    folder, _ = corpus
    with pytest.raises(NotPdf, match=r"^docx_renamed\.pdf: this is a Word document \(DOCX\), not a PDF"):
        sniff(folder / "docx_renamed.pdf", Limits())
    sniff(folder / "good_one_page.pdf", Limits())  # a PDF passes


def test_scan_without_characters_needs_ocr() -> None:
    with pytest.raises(ExtractError, match=r"no text layer on any of its 3 pages \(a scan\?\); it needs OCR"):
        classify_text_layer(Path("scan.pdf"), 3, 0)
    classify_text_layer(Path("report.pdf"), 3, 120)
    classify_text_layer(Path("empty.pdf"), 0, 0)  # no pages is not a scan


def test_extract_errors_pickle_as_the_same_class() -> None:
    err = pickle.loads(pickle.dumps(Encrypted(Path("a/report.pdf"), "why")))
    assert (type(err), str(err), err.path, err.reason) == (Encrypted, "report.pdf: why", Path("a/report.pdf"), "why")


@pytest.mark.slow
def test_run_isolated_reraises_our_error_as_the_same_class(corpus: tuple[Path, dict[str, str]]) -> None:
    folder, _ = corpus
    with pytest.raises(NotPdf, match=r"^png_renamed\.pdf: this is a PNG image, not a PDF$"):
        run_isolated(sniff, folder / "png_renamed.pdf", Limits(), path=folder / "png_renamed.pdf", timeout_s=30, memory_mb=500)


@pytest.mark.slow
def test_run_isolated_returns_the_value_and_passes_other_errors_through() -> None:
    assert run_isolated(divmod, 7, 2, path="x.pdf", timeout_s=30, memory_mb=500) == (3, 1)
    with pytest.raises(ValueError, match="invalid literal"):
        run_isolated(int, "seven", path="x.pdf", timeout_s=30, memory_mb=500)


@pytest.mark.slow
def test_run_isolated_kills_a_child_that_runs_too_long() -> None:
    started = time.monotonic()
    with pytest.raises(Timeout, match=r"^x\.pdf: reading the PDF took longer than 1 s; stopped$"):
        run_isolated(time.sleep, 60, path="x.pdf", timeout_s=1, memory_mb=500)
    assert time.monotonic() - started < 10


@pytest.mark.slow
def test_run_isolated_stops_a_child_over_its_memory() -> None:
    with pytest.raises(TooLarge, match=r"^x\.pdf: reading the PDF needed more than 300 MB of memory; stopped$"):
        run_isolated(bytearray, 2**31, path="x.pdf", timeout_s=30, memory_mb=300)


@pytest.mark.parametrize("failure", [
    "raise ImportError('/usr/lib/python3.11/lib-dynload/unicodedata.so: failed to map segment from shared object')",
    "import errno, os; raise OSError(errno.ENOMEM, os.strerror(errno.ENOMEM))",
    "raise MemoryError()",
])
def test_run_isolated_calls_running_out_of_its_memory_what_it_is_however_python_says_it(failure: str) -> None:
    # under its address-space cap the child may fail to load a C extension, or to map a file, before
    # any MemoryError: a document that needs more memory than allowed, not a crash of the run
    with pytest.raises(TooLarge, match=r"^x\.pdf: reading the PDF needed more than 300 MB of memory; stopped$"):
        run_isolated(exec, failure, path="x.pdf", timeout_s=30, memory_mb=300)


def test_a_memory_cap_too_small_to_read_at_all_fails_the_document_not_the_run(tmp_path: Path) -> None:
    import subprocess

    from inboxes import TALLY, no_api_env, write_reports

    [pdf] = write_reports(tmp_path, ["a.pdf"])
    done = subprocess.run([TALLY, "run", str(pdf), "--db", str(tmp_path / "w.duckdb"), "--no-prefect",
                           "--max-memory-mb", "20"], env=no_api_env(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "FAILED FILE [too_large] a.pdf: reading the PDF needed more than 20 MB of memory; stopped" in done.stdout
    assert "tally: " not in done.stderr


def test_run_isolated_refuses_a_function_that_cannot_be_imported() -> None:
    def local() -> None:
        pass

    with pytest.raises(ValueError, match="module-level function"):
        run_isolated(local, path="x.pdf", timeout_s=1, memory_mb=100)


def test_parse_error_kind_is_the_default() -> None:
    assert ParseError("x.pdf", "why").kind == ExtractError("x.pdf", "why").kind == "parse_error"
