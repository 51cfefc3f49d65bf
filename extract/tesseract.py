"""The tesseract CLI: is it installed, and its reading of an image as lines of glyphs (hOCR with character boxes)."""

from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from extract.errors import NoTextLayer, ParseError
from extract.hocr import Glyph, parse_hocr

if TYPE_CHECKING:
    from PIL.Image import Image

LANG = "chi_sim"
PSM = "6"  # one uniform block: our layout code orders the characters, tesseract only reads them
PAGE_TIMEOUT_S = 300.0  # one image; the document's own time limit (Limits.timeout_s) stops it sooner
MISSING_ENGINE = "no text layer (a scan?); install the OCR engine (make ocr-engine) to read it"


@functools.lru_cache(maxsize=1)
def ocr_available() -> bool:
    """tesseract on PATH with the chi_sim language installed."""
    exe = shutil.which("tesseract")
    if exe is None:
        return False
    try:
        done = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return LANG in (done.stdout + done.stderr).split()


def _pgm(image: Image) -> bytes:
    """A grey image as binary PGM, which tesseract reads from stdin without any encoding work."""
    return b"P5\n%d %d\n255\n" % image.size + image.tobytes()


def _die_with_parent() -> Callable[[], None] | None:
    """On Linux, a preexec_fn that has tesseract killed when our process dies (the time limit kills us)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    pr_set_pdeathsig = 1

    def preexec() -> None:
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)

    return preexec


def run_tesseract(image: Image, pdf_path: Path, page_number: int) -> str:
    """tesseract's hOCR with character boxes for one image, on one thread (its OpenMP threads only slow it down)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    command = ["tesseract", "stdin", "stdout", "-l", LANG, "--psm", PSM, "-c", "hocr_char_boxes=1", "hocr"]
    try:
        done = subprocess.run(
            command, input=_pgm(image), capture_output=True, env=env, timeout=PAGE_TIMEOUT_S, check=False,
            preexec_fn=_die_with_parent(),
        )
    except FileNotFoundError:
        raise NoTextLayer(pdf_path, MISSING_ENGINE) from None
    except subprocess.TimeoutExpired:
        raise ParseError(pdf_path, f"OCR of page {page_number} took longer than {PAGE_TIMEOUT_S:g} s") from None
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines() or [f"exit code {done.returncode}"]
        raise ParseError(pdf_path, f"OCR of page {page_number} failed: {lines[-1][:160]}")
    return done.stdout.decode("utf-8", "replace")


def read_glyphs(image: Image, pdf_path: Path, page_number: int) -> list[list[Glyph]]:
    """tesseract's reading of an image as lines of glyphs."""
    hocr = run_tesseract(image, pdf_path, page_number)
    try:
        return parse_hocr(hocr)
    except ElementTree.ParseError as exc:
        raise ParseError(pdf_path, f"the OCR of page {page_number} could not be read: {exc}") from None
