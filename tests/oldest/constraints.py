"""Print the constraints of ``make test-oldest``: testruns' run-time dependencies at the lowest versions
``pyproject.toml`` allows (``constraints-oldest.txt``), every other tool as ``constraints.txt`` pins it.

A package pinned in both, or one whose version follows a run-time dependency's (pydantic's core, httpx's
httpcore, aiohttp's own), is left to the lowest pin and to pip.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Versions chosen by the run-time dependencies themselves: pinning today's would contradict the lowest ones.
FOLLOWERS = {
    "pydantic-core", "httpcore", "h11", "anyio", "yarl", "multidict", "aiosignal", "frozenlist", "propcache",
    "aiohappyeyeballs", "dnspython", "typing-extensions", "annotated-types", "markdown-it-py", "mdurl", "pygments",
}  # fmt: skip


def _name(line: str) -> str:
    return line.split("==", 1)[0].strip().lower().replace("_", "-")


def main() -> int:
    """Write the combined constraints to stdout."""
    oldest = [line for line in (REPO / "constraints-oldest.txt").read_text().splitlines() if "==" in line]
    lowest = {_name(line) for line in oldest}
    current = [line for line in (REPO / "constraints.txt").read_text().splitlines() if "==" in line]
    kept = [line for line in current if _name(line) not in lowest | FOLLOWERS]
    sys.stdout.write("\n".join([*oldest, *kept]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
