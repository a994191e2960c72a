"""Pure per-client work spread over the machine's cores, its results handed back in order.

Reading an imported case file and assessing a client are pure Python (``domain``), one client at
a time, and they are most of an import's or a re-assessment's time; the database stays in this
process, written in one transaction while the workers compute the next chunks. Workers are forked:
they start with the policy data and the job's settings already in memory (only the chunks and the
results are pickled). Where fork is not available, or one core is all there is, the same function
runs here, in the same order: one code path, whatever the machine.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from typing import Any, TypeVar

C = TypeVar("C")  # the job's context: what every chunk needs (policy, day, settings)
T = TypeVar("T")  # one chunk of work
R = TypeVar("R")  # its result

_job: tuple[Callable[[Any, Any], Any], Any] | None = None  # what the forked workers run: set before they start


def _watch_parent(parent: int) -> None:
    """In a worker: end when the process that forked it is gone (killed, say), rather than wait for
    work forever beside its sibling workers (which keep the work queue open)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _run(chunk: Any) -> Any:
    assert _job is not None, "a worker started without its job"
    work, context = _job
    return work(context, chunk)


def cores() -> int:
    """The cores this process may run on (a container's or taskset's limit, not the machine's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def ordered_map(work: Callable[[C, T], R], context: C, chunks: Iterable[T], *, workers: int = 1,
                ahead: int = 4) -> Iterator[R]:
    """``work(context, chunk)`` for each chunk, results in the chunks' order. With ``workers`` > 1 the
    chunks go to that many forked processes, at most ``workers * ahead`` at a time (memory stays flat);
    the caller's own work between results (writing them) overlaps theirs. Stopping early (an error, a
    Cancel) drops what is queued. ``work`` must be a module-level function."""
    chunks = iter(chunks)
    first = list(islice(chunks, 2))  # one chunk is not worth starting processes for
    if len(first) < 2 or workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for chunk in chain(first, chunks):
            yield work(context, chunk)
        return
    global _job
    if _job is not None:
        raise RuntimeError("one parallel job at a time")  # the workers read the one global
    _job = (work, context)
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_watch_parent, initargs=(os.getpid(),))
    except BaseException:
        _job = None
        raise
    try:
        pending: deque[Future[R]] = deque()
        for chunk in chain(first, chunks):
            pending.append(pool.submit(_run, chunk))
            if len(pending) >= workers * ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _job = None
