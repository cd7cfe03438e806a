"""Small helpers the benchmark sections share: timing and printing."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = str(REPO / ".venv" / "bin" / "python")


def timed_command(command: Sequence[str], repeat: int = 3, before: Callable[[], None] | None = None) -> float:
    """Median wall time of ``command`` over ``repeat`` runs; a failing run stops the bench."""
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        started = time.perf_counter()
        subprocess.run(command, cwd=REPO, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def heading(title: str) -> None:
    """Print a section heading."""
    print(f"\n== {title}")


def figure(label: str, value: float, unit: str = "s", goal: str = "") -> None:
    """Print one figure, with its goal when there is one."""
    print(f"  {label:<58} {value:>9.3f} {unit}{f'   (goal: {goal})' if goal else ''}")
