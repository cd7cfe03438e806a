"""`make bench`: print every speed figure the issues ask for. Nothing here asserts."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import concurrency, facade, generation, sandbox, waiting


def main() -> None:
    """Run each section and print its figures."""
    for section in (generation, facade, concurrency, sandbox, waiting):
        section.run()


if __name__ == "__main__":
    main()
