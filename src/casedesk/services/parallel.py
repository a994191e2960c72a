"""Pure per-client work spread over the machine's cores, its results handed back in order.

Reading an imported case file and assessing a client are pure Python (``domain``), one client at
a time, and they are most of an import's or a re-assessment's time; the database stays in this
process, written in one transaction while the workers compute the next chunks. Workers are forked
(on Linux): they start with the policy data and the job's settings already in memory (only the
chunks and the results are pickled), and they never touch the database connection they inherit
(they end with ``os._exit``, which closes nothing). Elsewhere, with one core, with
``CASEDESK_WORKERS=1``, or when the system will not start processes, the same function runs here,
in the same order: one code path, whatever the machine.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from typing import Any, TypeVar

C = TypeVar("C")  # the job's context: what every chunk needs (policy, day, settings)
T = TypeVar("T")  # one chunk of work
R = TypeVar("R")  # its result

ENV_WORKERS = "CASEDESK_WORKERS"  # at most this many worker processes (1: none), e.g. on a shared server
log = logging.getLogger("casedesk.parallel")

_job: tuple[Callable[[Any, Any], Any], Any] | None = None  # what the forked workers run: set before they start


def _worker_start(parent: int) -> None:
    """In a worker: Ctrl-C is the command's to handle (it stops the pool), and the worker ends when
    the process that forked it is gone (killed, say), rather than wait for work forever beside its
    sibling workers (which keep the work queue open)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _run(chunk: Any) -> Any:
    assert _job is not None, "a worker started without its job"
    work, context = _job
    return work(context, chunk)


def cores(env: Mapping[str, str] | None = None) -> int:
    """How many processes a command may compute with: the cores this process may run on (a taskset's
    or cpuset's limit, not a CPU quota), at most ``CASEDESK_WORKERS`` when that is set."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        n = os.cpu_count() or 1
    cap = (os.environ if env is None else env).get(ENV_WORKERS, "").strip()
    if cap:
        try:
            n = min(n, max(1, int(cap)))
        except ValueError:
            log.warning("%s=%r is not a number of processes: ignored", ENV_WORKERS, cap)
    return n


# Chunks out at a time, at least (whatever the number of workers): with two workers and four chunks out, the
# workers sat idle while the caller wrote a batch (an import of 100,000 clients: 22.3 s with four out, 20.6 s
# with eight, no faster with sixteen; its peak memory at 300,000 went from 181 to 194 MiB).
IN_FLIGHT = 8


def ordered_map(work: Callable[[C, T], R], context: C, chunks: Iterable[T], *, workers: int = 1,
                ahead: int = 2) -> Iterator[R]:
    """``work(context, chunk)`` for each chunk, results in the chunks' order. With ``workers`` > 1 the
    chunks go to that many forked processes, at most ``workers * ahead`` at a time, and at least
    ``IN_FLIGHT`` (memory stays flat);
    the caller's own work between results (writing them) overlaps theirs. Stopping early (an error, a
    Cancel, Ctrl-C) drops what is queued. One job at a time per process (the workers read one global)."""
    chunks = iter(chunks)
    first = list(islice(chunks, 2))  # one chunk is not worth starting processes for
    pool = None
    if len(first) > 1 and workers > 1 and sys.platform.startswith("linux"):
        pool = _start(work, context, workers)
    if pool is None:
        for chunk in chain(first, chunks):
            yield work(context, chunk)
        return
    global _job
    try:
        pending: deque[Future[R]] = deque()
        for chunk in chain(first, chunks):
            pending.append(pool.submit(_run, chunk))
            if len(pending) >= max(workers * ahead, IN_FLIGHT):
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _job = None


def _start(work: Callable[[Any, Any], Any], context: Any, workers: int) -> ProcessPoolExecutor | None:
    """A pool whose workers are already running with the job; None when the system will not start them
    (a process limit, no shared memory for the queues): then the work runs here."""
    global _job
    if _job is not None:
        raise RuntimeError("one parallel job at a time")
    _job = (work, context)
    pool = None
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_worker_start, initargs=(os.getpid(),))
        pool.submit(int).result()  # the workers are forked now, not in the middle of the first chunk
        return pool
    except OSError as exc:
        log.warning("no worker processes (%s): computing in this one", type(exc).__name__)
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        _job = None
        return None
    except BaseException:
        _job = None
        raise
