"""Run one function in a fresh Python process with a memory cap and a time limit; kill it when it overruns.

A fresh interpreter (subprocess, the same thing multiprocessing's "spawn" starts) rather than
multiprocessing itself: multiprocessing refuses to start children from daemonic processes, and
Dask's nanny runs its workers as daemons, so `Process.start()` would fail inside a Prefect/Dask task.
"""

from __future__ import annotations

import errno
import os
import pickle
import signal
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar, cast

from extract.errors import ExtractError, ParseError, Timeout, TooLarge

T = TypeVar("T")

MB = 2**20
STDERR_TAIL = 4096  # bytes of the child's stderr kept for a crash note

# The child reads, from stdin: the parent's sys.path (a plain list of str), the memory cap, then (fn, args).
_BOOTSTRAP = (
    "import pickle, sys; sys.path[:0] = pickle.load(sys.stdin.buffer); "
    "from extract.isolate import _serve_one; _serve_one()"
)


def run_isolated(fn: Callable[..., T], *args: object, path: Path | str, timeout_s: float, memory_mb: int) -> T:
    """fn(*args) in a child process capped at memory_mb of address space and killed after timeout_s.

    `path` is the document the call is about; it names the file in Timeout/TooLarge messages.
    An ExtractError raised by fn is raised here as the same class with the same message; any other
    exception from fn is raised as itself, with the child's traceback attached as a note.
    fn and args must pickle: fn is a module-level function of an importable module (not __main__).
    """
    if getattr(fn, "__module__", "__main__") == "__main__" or "<locals>" in getattr(fn, "__qualname__", "<locals>"):
        raise ValueError(f"run_isolated needs a module-level function of an importable module, got {fn!r}")
    if not sys.executable:
        raise ValueError("run_isolated needs sys.executable to start a child Python")
    payload = (
        pickle.dumps([p for p in sys.path if isinstance(p, str)])
        + pickle.dumps(memory_mb)
        + pickle.dumps((fn, args), protocol=pickle.HIGHEST_PROTOCOL)
    )
    with tempfile.TemporaryFile() as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-I", "-c", _BOOTSTRAP],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
        try:
            out, _ = proc.communicate(payload, timeout=timeout_s)
        except subprocess.TimeoutExpired:
            raise Timeout(path, f"reading the PDF took longer than {timeout_s:g} s; stopped") from None
        finally:
            if proc.poll() is None:  # timed out, or we were interrupted: never leave the child running
                proc.kill()
                proc.wait()
        if out:
            return cast(T, _unpack_reply(out, path, memory_mb))
        raise _crash_error(proc.returncode, _tail(stderr), path, memory_mb)


def _unpack_reply(out: bytes, path: Path | str, memory_mb: int) -> object:
    status, value, child_traceback = pickle.loads(out)
    if status == "ok":
        return value
    if status == "memory":
        raise _memory_error(path, memory_mb)
    assert isinstance(value, BaseException)
    if _out_of_memory(value):
        raise _memory_error(path, memory_mb)
    if not isinstance(value, ExtractError):
        value.add_note(f"in the child process:\n{child_traceback}")
    raise value


def _out_of_memory(error: BaseException) -> bool:
    """Whether the child ran into its address-space cap, however Python said it: a MemoryError, an OSError
    ENOMEM, or a C extension that could not be mapped ('failed to map segment from shared object')."""
    if isinstance(error, MemoryError):
        return True
    if isinstance(error, OSError) and error.errno == errno.ENOMEM:
        return True
    text = str(error).lower()
    return isinstance(error, ImportError) and ("failed to map segment" in text or "cannot allocate memory" in text)


def _memory_error(path: Path | str, memory_mb: int) -> TooLarge:
    return TooLarge(path, f"reading the PDF needed more than {memory_mb} MB of memory; stopped")


def _crash_error(returncode: int, stderr_tail: str, path: Path | str, memory_mb: int) -> ExtractError:
    """The child died without a reply: out of memory, or the reader crashed."""
    if returncode == -signal.SIGKILL or "MemoryError" in stderr_tail:
        return _memory_error(path, memory_mb)  # the kernel's OOM killer, or memory ran out outside fn
    if returncode < 0:
        return ParseError(path, f"the PDF reader crashed ({signal.Signals(-returncode).name})")
    last = stderr_tail.strip().splitlines()[-1:] or [""]
    return ParseError(path, f"the PDF reader stopped unexpectedly (exit code {returncode}) {last[0][:200]}".strip())


def _tail(stream: IO[bytes]) -> str:
    stream.seek(0, os.SEEK_END)
    stream.seek(max(0, stream.tell() - STDERR_TAIL))
    return stream.read().decode("utf-8", "replace")


def _serve_one() -> None:
    """Child side: read the cap and the call from stdin, run it, pickle one reply to the real stdout."""
    reply = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything fn prints goes to stderr, never into the reply
    memory_mb = pickle.load(sys.stdin.buffer)
    result: tuple[str, object, str]
    try:
        fn, args = pickle.load(sys.stdin.buffer)  # imports fn's module before the cap is set
        _cap_memory(memory_mb)
        result = ("ok", fn(*args), "")
    except MemoryError:
        result = ("memory", None, "")
    except BaseException as exc:  # every failure goes back to the parent
        result = ("error", exc, traceback.format_exc())
    _cap_memory(None)  # room to pickle the reply
    try:
        data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that does not pickle: send its type and text instead
        exc_text = f"{type(result[1]).__name__}: {result[1]}"
        data = pickle.dumps(("error", RuntimeError(exc_text), result[2]))
    reply.write(data)
    reply.flush()
    os._exit(0)  # skip tearing down whatever fn built


def _cap_memory(memory_mb: int | None) -> None:
    """Cap this process's address space at memory_mb (None: back to the hard limit)."""
    try:
        import resource
    except ImportError:  # not POSIX: no cap, the timeout still applies
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if memory_mb is None:
        soft = hard
    else:
        soft = memory_mb * MB if hard == resource.RLIM_INFINITY else min(memory_mb * MB, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
