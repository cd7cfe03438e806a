"""Print the constraints of ``make test-oldest`` or ``make test-newest``: testruns' run-time dependencies at
one end of the ranges ``pyproject.toml`` allows (``constraints-oldest.txt``, ``constraints-newest.txt``),
every other tool as ``constraints.txt`` pins it.

A package pinned in both, or one whose version follows a run-time dependency's (pydantic's core, httpx's
httpcore, aiohttp's own), is left to the bound's pin and to pip.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BOUNDS = ("oldest", "newest")
# Versions chosen by the run-time dependencies themselves: pinning today's could contradict either bound.
FOLLOWERS = {
    "pydantic-core", "httpcore", "h11", "anyio", "yarl", "multidict", "aiosignal", "frozenlist", "propcache",
    "aiohappyeyeballs", "dnspython", "typing-extensions", "annotated-types", "markdown-it-py", "mdurl", "pygments",
}  # fmt: skip


def _name(line: str) -> str:
    return line.split("==", 1)[0].strip().lower().replace("_", "-")


def _pins(path: Path) -> list[str]:
    return [line for line in path.read_text().splitlines() if "==" in line and not line.startswith("#")]


def main(argv: list[str]) -> int:
    """Write the combined constraints of the bound named in ``argv`` (oldest or newest) to stdout."""
    if len(argv) != 1 or argv[0] not in BOUNDS:
        sys.stderr.write(f"usage: constraints.py {{{','.join(BOUNDS)}}} (got {' '.join(argv) or 'nothing'})\n")
        return 2
    bound = _pins(REPO / f"constraints-{argv[0]}.txt")
    named = {_name(line) for line in bound}
    kept = [line for line in _pins(REPO / "constraints.txt") if _name(line) not in named | FOLLOWERS]
    sys.stdout.write("\n".join([*bound, *kept]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
