"""`make bench`: print every speed figure the issues ask for. Nothing here asserts."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import concurrency, facade, generation, sandbox, waiting
from bench.common import without_bytecode


def main() -> None:
    """Run each section and print its figures."""
    stale = without_bytecode()
    if stale:
        print(f"Note: {len(stale)} of the project's modules have no current bytecode (first: {stale[0]}), so every")
        print("start compiles them and the figures below are slower than they should be: run `make bench`.")
    for section in (generation, facade, concurrency, sandbox, waiting):
        section.run()


if __name__ == "__main__":
    main()
