"""The corpus table, one row per document, and the summary line."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from .trial import Row

_COLUMNS = ("generate", "lint", "help", "dry-run", "sandbox", "contract", "plain", "plain-mypy")


def _mark(row: Row, name: str) -> str:
    verdict = row.ok(name)
    return "-" if verdict is None else ("ok" if verdict else "FAIL")


def header() -> str:
    """The table's first line."""
    return f"{'document':<52} {'KB':>6} " + " ".join(f"{c:>10}" for c in _COLUMNS) + "  ours/plain s  first error"


def line(row: Row) -> str:
    """One document's row: each step's verdict, both generation times, and the first thing that failed."""
    ours, plain = row.steps.get("generate"), row.steps.get("plain")
    times = f"{ours.seconds if ours else 0:5.1f}/{plain.seconds if plain else 0:5.1f}"
    failed = next((f"{n}: {s.said}" for n, s in row.steps.items() if s.ok is False and n in _COLUMNS[:6]), "")
    if not failed and row.ok("plain") is False:
        failed = f"plain: {row.steps['plain'].said}"
    failed = failed or row.note
    marks = " ".join(f"{_mark(row, c):>10}" for c in _COLUMNS)
    return f"{row.path[:52]:<52} {row.size // 1024:>6} {marks}  {times}  {failed[:300]}"


def _count(rows: Sequence[Row], name: str) -> str:
    ran = [row for row in rows if row.ok(name) is not None]
    return "n/a" if not ran else str(sum(1 for row in ran if row.ok(name)))


def summary(rows: Sequence[Row], seed: int) -> str:
    """``corpus(seed S, N): ours generate X, lint-clean Y, ...; time ratio R``."""
    both = [row for row in rows if row.ok("generate") and row.ok("plain")]
    ratios = [row.steps["generate"].seconds / row.steps["plain"].seconds for row in both]
    ratio = f"{statistics.median(ratios):.2f} (median of {len(ratios)})" if ratios else "n/a"
    regressions = sum(1 for row in rows if row.ok("plain") and not row.ok("generate"))
    return (
        f"corpus(seed {seed}, {len(rows)}): ours generate {_count(rows, 'generate')}, "
        f"lint-clean {_count(rows, 'lint')}, dry-run {_count(rows, 'dry-run')}, sandbox {_count(rows, 'sandbox')}, "
        f"contract {_count(rows, 'contract')}; plain generate {_count(rows, 'plain')}, "
        f"mypy-clean {_count(rows, 'plain-mypy')}; plain-ok-ours-fails {regressions}; time ratio {ratio}"
    )
