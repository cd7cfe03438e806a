"""What a followed run leaves for the CI system: a JUnit XML file and a GitHub step summary.

The JUnit file has one test case per run (the vendor, the run id, how long it
took, its verdict and the vendor's message), written by ``junitparser`` so that
GitLab, Jenkins and GitHub's test reporters read it. Vendor text is made
printable first: XML 1.0 cannot carry control characters, and a summary must
not carry Markdown a vendor slipped in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ._models import SUCCESSES
from .files import staged_beside
from .text import printable

__all__ = ["Verdict", "append_step_summary", "write_junit"]


@dataclass(frozen=True)
class Verdict:
    """How a followed run ended, as a CI report tells it.

    Attributes:
        vendor: the manifest id; ``name`` its display name.
        run_id: the run.
        outcome: the facade's state (``passed``, ``failed`` ...), or ``timed out`` / ``interrupted``.
        vendor_state: the vendor's own word, where one was read.
        seconds: how long the run was followed (to a tenth: stdout, JUnit and the summary show this figure).
        message: the vendor's message about a failure, or ours about a timeout or an interrupt.
    """

    vendor: str
    name: str
    run_id: str
    outcome: str
    vendor_state: str | None
    seconds: float
    message: str | None = None

    @property
    def passed(self) -> bool:
        """Whether the CI job passes with it."""
        return self.outcome in SUCCESSES


def write_junit(path: Path, verdict: Verdict) -> None:
    """Write ``verdict`` as a JUnit XML file at ``path`` (whole or not at all: written aside, then moved)."""
    from junitparser import Error, Failure, JUnitXml, TestCase, TestSuite  # noqa: PLC0415 - only with --junit

    case = TestCase(name=f"{verdict.vendor} run {printable(verdict.run_id)}", classname=f"testruns.{verdict.vendor}")
    case.time = verdict.seconds
    text = printable(verdict.message or f"the run ended {verdict.outcome}")
    kind = printable(verdict.vendor_state or verdict.outcome)
    if verdict.outcome == "failed":
        case.result = [Failure(text, type_=kind)]
    elif not verdict.passed:
        case.result = [Error(text, type_=kind)]
    suite = TestSuite(f"testruns {verdict.vendor}")  # type: ignore[no-untyped-call] # junitparser's own gap
    for name, value in (
        ("vendor", verdict.name),
        ("run_id", verdict.run_id),
        ("state", verdict.outcome),
        ("vendor_state", verdict.vendor_state or ""),
    ):
        suite.add_property(name, printable(value))
    suite.add_testcase(case)
    suite.update_statistics()  # type: ignore[no-untyped-call]
    report = JUnitXml()  # type: ignore[no-untyped-call]
    report.add_testsuite(suite)
    with staged_beside(Path(path)) as staged:
        report.write(str(staged), pretty=True)


def _cell(text: str) -> str:
    """Vendor text in a Markdown table cell: printable, no pipes, no markup."""
    plain = printable(text).replace("\\", "\\\\").replace("|", "\\|")
    for char in "`*_[]<>#":
        plain = plain.replace(char, f"\\{char}")
    return plain


def append_step_summary(path: Path, verdict: Verdict) -> None:
    """Append a short Markdown summary of ``verdict`` to ``path`` (GitHub's ``GITHUB_STEP_SUMMARY``)."""
    mark = "✅" if verdict.passed else "❌"
    lines = [
        f"### {mark} {_cell(verdict.name)}: run {_cell(verdict.run_id)} {verdict.outcome}",
        "",
        "| vendor | run | state | vendor state | followed for |",
        "|---|---|---|---|---|",
        f"| {_cell(verdict.name)} | {_cell(verdict.run_id)} | {verdict.outcome} | "
        f"{_cell(verdict.vendor_state or '')} | {verdict.seconds:g} s |",
    ]
    if verdict.message:
        lines += ["", f"> {_cell(verdict.message)}"]
    with Path(path).open("a", encoding="utf-8") as summary:
        summary.write("\n".join(lines) + "\n\n")
