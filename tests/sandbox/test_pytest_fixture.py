"""The ``testruns_sandbox`` fixture as a user meets it: from the installed plugin, in a project of their own."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from testruns.sandbox import Sandbox

# A user's test module, written against the public API only.
USER_TESTS = '''
import pytest
import testruns


def start_nightly_load_test() -> str:
    """The user's own code: it knows nothing of the sandbox."""
    with testruns.Client(retry=testruns.RetryPolicy(initial_delay=0.01)) as client:
        return client.loadforge.trigger(test_id=42, duration=10).run_id


def test_my_pipeline_survives_a_rate_limit(testruns_sandbox):
    testruns_sandbox.fail("rate-limit", "loadforge", retry_after=0)
    run_id = start_nightly_load_test()
    assert [r.status for r in testruns_sandbox.requests("loadforge")] == [429, 200]
    assert testruns_sandbox.run("loadforge", run_id).status == "queued"


def test_my_pipeline_reports_a_vendor_outage(testruns_sandbox):
    testruns_sandbox.fail("server-error", "loadforge")
    with pytest.raises(testruns.VendorError):
        start_nightly_load_test()
    assert testruns_sandbox.runs() == []


def test_each_test_starts_from_a_clean_sandbox(testruns_sandbox):
    assert testruns_sandbox.requests() == [] and testruns_sandbox.faults() == []
'''


def test_the_installed_plugin_gives_users_the_fixture(tmp_path: Path) -> None:
    (tmp_path / "test_pipeline.py").write_text(textwrap.dedent(USER_TESTS))
    (tmp_path / "pytest.ini").write_text("[pytest]\ntestruns_sandbox_queued_seconds = 0.5\n")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def test_the_fixture_points_the_facade_at_the_sandbox(testruns_sandbox: object) -> None:
    assert isinstance(testruns_sandbox, Sandbox)
    assert os.environ["LOADFORGE_BASE_URL"] == testruns_sandbox.base_url("loadforge")
    assert os.environ["LOADFORGE_API_KEY"] == "sandbox-key"
