"""Worker processes that read document after document, each document under a memory cap and a time limit.

extract.isolate starts a fresh Python for every document: about 0.1 s each (interpreter, pdfplumber
import), a third of the time of a small report. These workers start once and keep its guarantees:

- memory: around each document a worker caps its own address space (RLIMIT_AS) at what it already
  uses plus memory_mb. Over the cap the document fails with MemoryError -> `too_large`, and the
  worker exits after replying, so the next document starts in a fresh process.
- time: the parent is the watchdog. A document still running after timeout_s has its worker
  killed (SIGKILL) -> `timeout`; a new worker takes the next document.
- crashes: a worker that dies mid-document (the kernel's OOM killer, a crash in C code) -> `too_large`
  (SIGKILL) or `parse_error` for that document only. The rest of the batch goes on.

A bug in our own code (any other exception from the work function) is raised in the parent and
stops the run, as it would without workers. Workers are forked from a forkserver (or spawned), never
from this process: it may run threads (Prefect's, DuckDB's), and fork would copy their locks. multiprocessing cannot start children from a
daemonic process (Dask's workers): there, documents go through extract.isolate instead.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, as_completed
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from extract.errors import ExtractError, ParseError, Timeout, TooLarge

MB = 2**20
# Workers yield the CPU to the run's own process: it checks and loads what they read (and, in a one-off
# Prefect run, imports Prefect meanwhile), and when it falls behind, the run ends that much after the
# last document is read. On 2 busy cores: 4% off a 44-report run without Prefect, 8% with (benchmarks
# in the README's performance section). A worker's niceness only ever goes up: it needs no privilege.
WORKER_NICENESS = 10
START_TIMEOUT_S = 120.0  # a worker's imports (pdfplumber, pandas) on a busy machine
_in_worker = False  # True inside a pool worker

Work = Callable[[str, Any], Any]


def in_worker() -> bool:
    """True in a pool worker: the worker guards the document itself, no child process is needed."""
    return _in_worker


def can_start_workers() -> bool:
    """multiprocessing refuses to start children from daemonic processes (a Dask worker is one)."""
    return not multiprocessing.current_process().daemon


def start_context(preload: Sequence[str]) -> Any:
    """forkserver (a clean process that imports `preload` once and forks each worker from it), else spawn.

    Both are safe when this process runs threads; forkserver saves each worker its own imports
    (pdfplumber, pandas: about 0.8 s of CPU a worker) and makes replacing a killed worker instant.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["flows.pool", *preload])
    return ctx


def use_parent_forkserver() -> bool:
    """In a process a forkserver forked (each of `tally serve`'s runs, flows.runner): start workers from that
    same forkserver, which has imported what they need, rather than a new one. multiprocessing would start
    a new forkserver in every such process (a fresh Python and its imports: 0.4-0.6 s of every served run
    before its first document was read, and ~0.5 CPU-s on the cores the readers need). The parent's
    forkserver lives as long as `tally serve`; a worker forked from it is what a worker forked from a new
    one would be. True when there is one to use (else nothing changes)."""
    from multiprocessing import forkserver, resource_tracker

    server = forkserver._forkserver  # type: ignore[attr-defined]
    if server._forkserver_pid is not None or server._forkserver_address is None or server._forkserver_alive_fd is None:
        return False  # (not forked by a forkserver, or this process has started one of its own)

    def ensure_running() -> None:  # multiprocessing's would start a new one: it only knows servers it started
        resource_tracker.ensure_running()

    server.ensure_running = ensure_running
    return True


def _address_space() -> int:
    """This process's virtual memory size in bytes (0 when unknown)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


@contextmanager
def memory_cap(memory_mb: int) -> Iterator[None]:
    """Within the block this process may grow its address space by memory_mb at most (POSIX; else no cap)."""
    try:
        import resource
    except ImportError:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = _address_space() + memory_mb * MB
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _worker_main(conn: Connection, work: Work, settings: Any, memory_mb: int, preload: Sequence[str]) -> None:
    """Worker side: import once, say ready, then read one path after another until told to stop (None).

    Replies ("done", result), ("memory",) before exiting, or ("bug", exception, traceback) before exiting.
    """
    global _in_worker
    import importlib
    import traceback

    _in_worker = True
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    with suppress(OSError, AttributeError):  # (no os.nice on Windows)
        os.nice(WORKER_NICENESS)
    for name in preload:
        importlib.import_module(name)
    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            with memory_cap(memory_mb):
                result = work(job, settings)
        except MemoryError:
            conn.send(("memory",))
            return  # a fresh process for the next document
        except Exception as exc:
            conn.send(("bug", exc, traceback.format_exc()))
            return
        conn.send(("done", result))


class PoolClosed(RuntimeError):
    """A document's reading was stopped because its pool was closed (the run that wanted it stopped)."""


@dataclass
class _Worker:
    process: Any
    conn: Connection
    started: float
    ready: bool = False
    job: tuple[Future[Any], str] | None = None
    since: float = 0.0


class WorkerPool:
    """`workers` guarded processes running work(path, settings); submit(path) -> a Future of its result.

    on_failure(path, error) is the result for a document stopped or lost with its worker: error is a
    Timeout, a TooLarge or a ParseError naming the file. A dispatcher thread in this process starts
    the workers (when there is work), hands out documents, and watches replies, deaths and deadlines;
    submit() may be called from any thread.
    """

    def __init__(self, workers: int, work: Work, settings: Any, *, timeout_s: float, memory_mb: int,
                 on_failure: Callable[[str, ExtractError], Any], preload: Sequence[str] = ()) -> None:
        self.n = max(1, workers)
        self.work, self.settings = work, settings
        self.timeout_s, self.memory_mb = timeout_s, memory_mb
        self.on_failure, self.preload = on_failure, tuple(preload)
        self.ctx = start_context(self.preload)
        self.workers: list[_Worker] = []
        self.pending: deque[tuple[Future[Any], str]] = deque()
        self.lock = threading.Lock()
        self.closing = False
        self.wake_r, self.wake_w = os.pipe()
        self.thread = threading.Thread(target=self._dispatch, name="tally-pool", daemon=True)
        self.thread.start()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def submit(self, path: str) -> Future[Any]:
        future: Future[Any] = Future()
        with self.lock:
            if self.closing:
                raise RuntimeError("the worker pool is closed")
            self.pending.append((future, path))
        os.write(self.wake_w, b"x")
        return future

    def imap_unordered(self, paths: Sequence[str]) -> Iterator[tuple[int, Any]]:
        """(index into paths, result) for every path, in the order they finish."""
        futures = {self.submit(path): index for index, path in enumerate(paths)}
        for future in as_completed(futures):
            yield futures[future], future.result()

    def close(self) -> None:
        """Cancel what has not started, stop the workers (killing busy ones), and wait for the dispatcher.
        Closing again does nothing."""
        with self.lock:
            if self.closing:
                return
            self.closing = True
            for future, _ in self.pending:
                future.cancel()
            self.pending.clear()
        with suppress(OSError):
            os.write(self.wake_w, b"x")
        self.thread.join()
        for fd in (self.wake_r, self.wake_w):
            with suppress(OSError):
                os.close(fd)

    def _dispatch(self) -> None:
        try:
            while True:
                with self.lock:
                    if self.closing:
                        break
                    busy = sum(1 for w in self.workers if w.job)
                    while len(self.workers) < min(self.n, len(self.pending) + busy):
                        self.workers.append(self._start())
                    for worker in list(self.workers):
                        if worker.ready and worker.job is None and self.pending:
                            self._send(worker, self.pending.popleft())
                self._collect()
        except BaseException as exc:  # a failure of the pool itself: every waiting document gets it
            for future in [w.job[0] for w in self.workers if w.job] + [f for f, _ in self.pending]:
                if not future.done():
                    future.set_exception(exc)
            raise
        finally:
            for worker in list(self.workers):
                self._shutdown(worker)

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(
            target=_worker_main, args=(child, self.work, self.settings, self.memory_mb, self.preload),
            name="tally-worker", daemon=True,
        )
        process.start()
        child.close()
        return _Worker(process, parent, time.monotonic())

    def _send(self, worker: _Worker, job: tuple[Future[Any], str]) -> None:
        future = job[0]
        if not future.running() and not future.set_running_or_notify_cancel():
            return  # cancelled before it started
        try:
            worker.conn.send(job[1])
        except OSError:  # the worker is gone: the job waits for the next one
            self.pending.appendleft(job)
            self._stop(worker, kill=True)
            return
        worker.job, worker.since = job, time.monotonic()

    def _stop(self, worker: _Worker, kill: bool = False) -> None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=None if kill else 5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()
        self.workers.remove(worker)

    def _shutdown(self, worker: _Worker) -> None:
        if worker.job is None and worker.process.is_alive():
            with suppress(OSError):
                worker.conn.send(None)
            self._stop(worker)
        else:
            if worker.job and not worker.job[0].done():
                worker.job[0].set_exception(PoolClosed(f"stopped: the worker pool closed while reading {worker.job[1]}"))
            self._stop(worker, kill=True)

    def _deadline(self, worker: _Worker) -> float:
        return worker.since + self.timeout_s if worker.ready else worker.started + START_TIMEOUT_S

    def _collect(self) -> None:
        """Wait for a message, a death, a deadline or new work; settle the documents that finished or failed."""
        waiting = [w for w in self.workers if w.job or not w.ready]
        timeout = max(0.0, min(self._deadline(w) for w in waiting) - time.monotonic()) if waiting else None
        ready = wait([self.wake_r] + [w.conn for w in waiting] + [w.process.sentinel for w in waiting], timeout=timeout)
        if self.wake_r in ready:
            os.read(self.wake_r, 4096)
        for worker in waiting:
            message = self._receive(worker)
            if message is not None:
                self._handle(worker, message)
            elif not worker.process.is_alive():
                self._lost(worker, self._death(worker))
            elif time.monotonic() >= self._deadline(worker):
                if not worker.ready:
                    raise RuntimeError(f"a tally worker process did not start within {START_TIMEOUT_S:g} s")
                self._lost(worker, "timeout", kill=True)

    def _receive(self, worker: _Worker) -> tuple[Any, ...] | None:
        try:
            return worker.conn.recv() if worker.conn.poll() else None
        except (EOFError, OSError):
            return None

    def _handle(self, worker: _Worker, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "ready":
            worker.ready = True
            return
        job, worker.job = worker.job, None
        assert job is not None, "a worker replied with no document in hand"
        future, path = job
        if kind == "done":
            future.set_result(message[1])
        elif kind == "memory":
            self._stop(worker)
            error = TooLarge(path, f"reading the PDF needed more than {self.memory_mb} MB of memory; stopped")
            future.set_result(self.on_failure(path, error))
        else:  # "bug": our code failed, not the document
            exc, child_traceback = message[1], message[2]
            exc.add_note(f"in a tally worker process, on {path}:\n{child_traceback}")
            self._stop(worker)
            future.set_exception(exc)

    def _death(self, worker: _Worker) -> str:
        code = worker.process.exitcode or 0
        if code == -signal.SIGKILL:
            return "killed"
        if code < 0:
            return f"the PDF reader crashed ({signal.Signals(-code).name})"
        return f"the PDF reader stopped unexpectedly (exit code {code})"

    def _lost(self, worker: _Worker, how: str, kill: bool = False) -> None:
        """The worker is gone or stuck: stop it; its document (if any) fails alone."""
        job = worker.job
        self._stop(worker, kill=kill)
        if job is None:
            raise RuntimeError(f"a tally worker process died while starting: {how}")
        future, path = job
        error: ExtractError
        if how == "timeout":
            error = Timeout(path, f"reading the PDF took longer than {self.timeout_s:g} s; stopped")
        elif how == "killed":  # the kernel's OOM killer sends SIGKILL
            error = TooLarge(path, "reading the PDF ran out of memory (its process was killed); stopped")
        else:
            error = ParseError(path, how)
        future.set_result(self.on_failure(path, error))
