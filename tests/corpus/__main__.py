"""``python -m tests.corpus --count 60 --seed 1`` (``make corpus N=60 SEED=1``): draw, judge, report.

Each document is added as the only vendor of a scratch copy and run through generate, ruff and mypy --strict,
``--help``, ``--dry-run`` and a trigger against the sandbox (with ``--contract``, the contract tests against
Prism too), beside plain openapi-python-client and mypy --strict on its output. At most two documents run at once.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .directory import draw
from .report import header, line, summary
from .trial import Row, Workspace


def main() -> int:
    """Run the draw (or the listed documents) and print the table and the summary line."""
    parser = argparse.ArgumentParser(prog="python -m tests.corpus", description=__doc__)
    parser.add_argument("--count", type=int, default=60, help="how many documents to draw")
    parser.add_argument("--seed", type=int, default=1, help="the draw's seed")
    parser.add_argument("--list", type=Path, help="a file naming documents (paths under api/), instead of a draw")
    parser.add_argument("--workers", type=int, choices=(1, 2), default=2, help="documents at once (at most 2)")
    parser.add_argument(
        "--contract", action="store_true", help="also run the contract tests (Prism): about a minute a document"
    )
    args = parser.parse_args()
    if args.list:
        paths = [p.strip() for p in args.list.read_text().splitlines() if p.strip() and not p.startswith("#")]
    else:
        paths = list(draw(args.count, args.seed))
    print(header(), flush=True)
    free: list[Workspace] = []
    lock = threading.Lock()
    with tempfile.TemporaryDirectory(prefix="corpus-") as scratch:
        for number in range(args.workers):
            free.append(Workspace(Path(scratch) / f"worker{number}", contract=args.contract))

        def judge(path: str) -> Row:
            with lock:
                workspace = free.pop()
            try:
                row = workspace.judge(path)
            except Exception as error:  # the tool's own failure on a document: shown in its row, never hidden
                row = Row(path, 0, note=f"corpus tool failed: {type(error).__name__}: {error}")
            finally:
                with lock:
                    free.append(workspace)
            with lock:
                print(line(row), flush=True)
            return row

        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            rows = list(pool.map(judge, paths))
    print(summary(rows, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
