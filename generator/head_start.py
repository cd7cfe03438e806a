"""A head start for the models stage: its worker is forked before the generator loads anything heavy.

datamodel-code-generator takes about 0.2 s of CPU to load, and only the models stage uses it. Forked as
``generate`` starts, a worker loads it while this process loads pydantic, reads the manifest, plans and
loads openapi-python-client: on a second core, which would otherwise wait for all of that. When nothing
needs generating, the worker is killed; it has only loaded modules, and writes nothing until given a task.
"""

from __future__ import annotations

import contextlib
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import active_children, get_context
from multiprocessing.process import BaseProcess

from .signals import become_worker, signals_held


def _load(parent: int) -> None:
    become_worker(parent)  # only the generator's own process handles signals (see pipeline._start_pool)
    # Never fails: a module that cannot load is the models stage's own error, named there.
    with contextlib.suppress(Exception):
        from . import models, pipeline  # noqa: F401, PLC0415 - what a models task unpickles and runs

        models.warm_up()


@dataclass(frozen=True)
class HeadStart:
    """One forked worker, loading the models stage's modules from the moment it exists."""

    pool: ProcessPoolExecutor
    workers: tuple[BaseProcess, ...]

    def discard(self) -> None:
        """End the worker now, still loading or idle; a pool already shut down is left as it is."""
        for worker in self.workers:
            worker.kill()
        self.pool.shutdown(wait=True, cancel_futures=True)


def start() -> HeadStart:
    """Fork the worker (Ctrl-C and SIGTERM held back meanwhile, as every fork here is)."""
    with signals_held():
        before = set(active_children())
        pool = ProcessPoolExecutor(
            max_workers=1, mp_context=get_context("fork"), initializer=_load, initargs=(os.getpid(),)
        )
        pool.submit(int)  # a fork pool starts its workers with its first task
        return HeadStart(pool, tuple(child for child in active_children() if child not in before))
