"""The docs snippets' census, printed after the run: how many ran, passed, and were skipped, and why."""

from __future__ import annotations

from collections import Counter

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    reports = [
        report
        for outcome in ("passed", "failed", "skipped")
        for report in terminalreporter.stats.get(outcome, [])
        if "test_snippets.py::test_snippet[" in getattr(report, "nodeid", "") and report.when in ("call", "setup")
    ]
    if not reports:
        return
    passed = sum(report.passed and report.when == "call" for report in reports)
    failed = sum(report.failed for report in reports)
    skipped = Counter(str(report.longrepr[2]).removeprefix("Skipped: ") for report in reports if report.skipped)
    why = "; ".join(f"{count} {reason}" for reason, count in sorted(skipped.items()))
    terminalreporter.write_line(
        f"docs snippets: {passed + failed} run, {passed} passed, {failed} failed, "
        f"{sum(skipped.values())} skipped ({why or 'none'})"
    )
