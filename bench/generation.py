"""Generation speed: the pipeline against plain openapi-python-client, no-op and drift-check costs."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench.common import PYTHON, REPO, figure, heading, timed_command
from testruns.manifest import load_manifest

VENDORS = load_manifest().ids
OPC = str(REPO / ".venv" / "bin" / "openapi-python-client")


def run() -> None:
    """Print the generation figures."""
    heading("Generation (median of 3 runs, wall time, each a fresh process)")
    scratch = Path(tempfile.mkdtemp(prefix="testruns-bench-"))
    try:
        specs = {}
        for vendor in VENDORS:
            spec = subprocess.run(
                [PYTHON, "-m", "generator", "spec", vendor], cwd=REPO, check=True, capture_output=True, text=True
            ).stdout
            specs[vendor] = scratch / f"{vendor}.json"
            specs[vendor].write_text(spec)

        ours = timed_command([PYTHON, "-m", "generator", "--output", str(scratch / "ours"), "generate", "--force"])

        def plain_once() -> None:
            for vendor, spec in specs.items():
                out = scratch / "plain" / vendor
                shutil.rmtree(out, ignore_errors=True)
                # Plain openapi-python-client as its README runs it (its default ruff post hooks included).
                subprocess.run(
                    [OPC, "generate", "--path", str(spec), "--output-path", str(out), "--meta", "none", "--overwrite"],
                    cwd=scratch,
                    check=False,  # it exits non-zero on the published SPLX warnings; the time still counts
                    capture_output=True,
                )

        plain_times = []
        for _ in range(3):
            started = time.perf_counter()
            plain_once()
            plain_times.append(time.perf_counter() - started)
        plain = statistics.median(plain_times)

        figure("full regeneration, all five vendors (testruns)", ours)
        figure("plain openapi-python-client, once per effective spec", plain)
        figure("ratio testruns / plain", ours / plain, "x", "<= 1.0")

        noop = timed_command(["make", "--no-print-directory", "generate"], repeat=5)
        bare = timed_command([PYTHON, "-c", "pass"], repeat=5)
        figure("no-op `make generate` (make + interpreter + toolkit)", noop)
        figure("  of which the toolkit's own time (minus a bare interpreter)", noop - bare, "s", "< 0.5 s")

        check = timed_command(["make", "--no-print-directory", "check-generated"])
        figure("`make check-generated`", check)
        figure("ratio check-generated / full regeneration", check / ours, "x", "<= 1.0")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
