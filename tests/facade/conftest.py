"""What the command-line tests share: a loopback server every vendor points at, and the command run in-process."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from testruns.cli import run

from .cases import MANIFEST, SECRETS_BY_VARIABLE
from .loopback import Loopback, loopback


@dataclass
class Outcome:
    """What one run of the command gave: its exit code and output."""

    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        (line,) = self.stdout.splitlines()  # exactly one JSON object
        return json.loads(line)

    @property
    def notices(self) -> list[str]:
        """The retry notices before the error, each one JSON object on its own line of stderr."""
        lines = [json.loads(line) for line in self.stderr.splitlines()]
        assert all(set(line) == {"notice"} for line in lines[:-1]), lines
        return [line["notice"] for line in lines[:-1]]

    @property
    def error(self) -> Any:
        assert self.notices is not None  # every line before the last is a notice
        return json.loads(self.stderr.splitlines()[-1])


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Loopback]:
    """A loopback server every vendor points at, under its own prefix, with every key set."""
    with loopback() as lb:
        for variable, secret in SECRETS_BY_VARIABLE.items():
            monkeypatch.setenv(variable, secret)
        for vendor in MANIFEST.vendors:
            monkeypatch.setenv(vendor.base_url_env, f"{lb.url}/{vendor.id}")
        monkeypatch.delenv("TESTRUNS_LOG", raising=False)
        yield lb


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Outcome]:
    """Run ``testruns`` in-process with the given arguments."""

    def call(*argv: str) -> Outcome:
        code = run(list(argv))
        out, err = capsys.readouterr()
        return Outcome(code, out, err)

    return call
