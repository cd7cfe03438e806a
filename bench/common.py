"""Small helpers the benchmark sections share: timing and printing."""

from __future__ import annotations

import importlib.util
import socket
import statistics
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = str(REPO / ".venv" / "bin" / "python")


def without_bytecode(folders: Sequence[str] = ("testruns", "testruns_generator", "generated")) -> list[Path]:
    """The project's modules whose bytecode is missing or older than the source.

    Where PYTHONDONTWRITEBYTECODE is set, each start compiles them again (``make`` compiles them); the
    bench says so, since the libraries it is measured against are compiled when pip installs them.
    """
    found = []
    for folder in folders:
        for source in sorted((REPO / folder).rglob("*.py")):
            compiled = Path(importlib.util.cache_from_source(str(source)))
            if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
                found.append(source.relative_to(REPO))
    return found


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


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(command: Sequence[str], port: int) -> Iterator[str]:
    """Run the server ``command`` until the block ends; yields its URL once it accepts connections."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def spread(values: Sequence[float], unit: str = " s", digits: int = 3) -> str:
    """``min .. median .. max`` of interleaved rounds, as every figure is printed."""
    low, middle, high = min(values), statistics.median(values), max(values)
    return f"min {low:.{digits}f}{unit}  median {middle:.{digits}f}{unit}  max {high:.{digits}f}{unit}"
