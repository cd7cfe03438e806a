"""What a library user expects of the package itself: types, a version, a license, and no key needed to look."""

from __future__ import annotations

import email.utils
import subprocess
import sys
import time
import tomllib
from importlib import resources
from pathlib import Path

import pytest

import testruns
from testruns.cli import run
from testruns.http.retry import parse_retry_after

REPO = Path(__file__).resolve().parents[2]


def test_the_package_ships_its_types_and_a_user_s_mypy_sees_them(tmp_path: Path) -> None:
    assert resources.files("testruns").joinpath("py.typed").is_file()
    user = tmp_path / "user.py"
    user.write_text(
        "import testruns\n"
        "client = testruns.Client()\n"
        "run: testruns.TriggeredRun = client.loadforge.trigger(test_id='42', duration=10)\n"
        "client.trigger('loadfore', test_id=42)\n"  # a typo'd vendor id
        "client.trigger('loadforge', test_id=42)\n"
        "client.trigger(testruns.vendor_id('load' + 'forge'), test_id=42)\n"  # an id known only at run time
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(user)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    # A str for LoadForge's integer test_id is caught by the user's own type checker.
    assert done.returncode == 1, done.stdout
    assert 'Argument "test_id"' in done.stdout and 'incompatible type "str"; expected "int"' in done.stdout
    # The vendor id is a Literal of the generated vendors: the typo, and only the typo, is caught.
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, done.stdout
    assert errors[1].startswith("user.py:4:") and "incompatible type \"Literal['loadfore']\"" in errors[1]


def test_version_from_python_and_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    declared = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    assert testruns.__version__ == declared
    assert run(["--version"]) == 0
    assert capsys.readouterr().out == f"testruns {declared}\n"


def test_the_license_file_matches_the_declared_license() -> None:
    declared = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["license"]
    assert declared == "MIT"
    assert (REPO / "LICENSE").read_text().startswith("MIT License\n")
    assert (REPO / "CHANGELOG.md").read_text().startswith("# Changelog\n")


def test_retry_after_as_an_http_date() -> None:
    in_30_s = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 28 <= (parse_retry_after(in_30_s) or 0) <= 31
    assert parse_retry_after(email.utils.formatdate(time.time() - 3600, usegmt=True)) == 0.0
    assert parse_retry_after("  7 ") == 7.0
    assert parse_retry_after("soon") is None


def test_help_and_a_dry_run_need_no_key(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("LOADFORGE_API_KEY", raising=False)
    client = testruns.Client()
    assert "test_id" in (client.loadforge.trigger.__doc__ or "")
    assert run(["trigger", "loadforge", "--test-id", "42", "--duration", "10", "--dry-run", "--json"]) == 0
    assert '"authorization": "Bearer ***"' in capsys.readouterr().out
    with pytest.raises(testruns.MissingCredentialsError):
        client.loadforge.trigger(test_id=42, duration=10)
