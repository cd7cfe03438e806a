"""argparse, set up the way the ``testruns`` command needs it: every usage error and every exit is an exception.

The standard library's parser loads in a few milliseconds, where typer (with its click and rich) took about
40 ms, a third of a dry run's start. What it lacks is added here, small: errors that ``run`` turns into one
line (or one JSON object) and exit 2 instead of ``sys.exit``; help text taken as written (argparse would read
a ``%`` in a vendor's description as a format); no abbreviated options (``--test`` is not ``--test-id``), but
a "did you mean" for a misspelt one; and number options with bounds, named in the error.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable
from typing import Any, NoReturn, Protocol


class UsageError(Exception):
    """The command line is wrong: ``message`` says how, ``prog`` is the command it was given to (exit 2)."""

    def __init__(self, message: str, prog: str) -> None:
        self.message = message
        self.prog = prog
        super().__init__(message)


class Done(Exception):
    """The command ended early (help or the version was printed) with ``code``."""

    def __init__(self, code: int) -> None:
        self.code = code
        super().__init__(code)


class _Formatter(argparse.HelpFormatter):
    """argparse's own layout, but wrapped only at spaces: option names and ids are never cut at a hyphen."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32)

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap  # noqa: PLC0415 - argparse loads it too, for help only

        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False, break_long_words=False)


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` that raises ``UsageError`` / ``Done`` instead of printing and exiting."""

    def __init__(self, prog: str, description: str | None = None, **settings: Any) -> None:
        settings.setdefault("formatter_class", _Formatter)
        settings.setdefault("allow_abbrev", False)  # subcommands' parsers get the same
        super().__init__(prog=prog, description=description, **settings)

    def show_help(self, *, stderr: bool = False) -> None:
        """The help, on stdout (or stderr, where it answers a command line that named nothing)."""
        (sys.stderr if stderr else sys.stdout).write(self.format_help())

    def parse(self, argv: list[str]) -> dict[str, Any]:
        """The options in ``argv``, by name; an option that takes a value takes the next word, whatever it is.

        argparse alone reads ``--timeout -5m`` as a missing value followed by an unknown option ``-5m``;
        click, and every user, read ``-5m`` as the value (and is then told it is not a duration).
        """
        taking = {name for action in self._actions if action.nargs is None for name in action.option_strings}
        words: list[str] = []
        index = 0
        while index < len(argv):
            word = argv[index]
            if word == "--":
                words += argv[index:]
                break
            if word in taking and index + 1 < len(argv) and argv[index + 1].startswith("-"):
                words.append(f"{word}={argv[index + 1]}")
                index += 2
                continue
            words.append(word)
            index += 1
        known = self._option_names()
        ours = words[: words.index("--")] if "--" in words else words
        strangers = [word for word in ours if word.startswith("--") and word.partition("=")[0] not in known]
        try:
            values, unknown = self.parse_known_args(words)
        except UsageError as error:  # a misspelt required option is also a missing one: say both, the cause first
            if strangers and error.prog == self.prog:
                unrecognized = f"unrecognized arguments: {' '.join(strangers)}{did_you_mean(strangers, known)}"
                raise UsageError(f"{unrecognized}; {error.message}", self.prog) from None
            raise
        if unknown:
            self.error(f"unrecognized arguments: {' '.join(unknown)}{did_you_mean(strangers, known)}")
        return vars(values)

    def _option_names(self) -> list[str]:
        """Every option this command (and its subcommands) knows."""
        names: list[str] = []
        for action in self._actions:
            names += action.option_strings
            if isinstance(action.choices, dict):  # a subcommand's parsers, by name
                names += [
                    name for sub in action.choices.values() if isinstance(sub, Parser) for name in sub._option_names()
                ]
        return names

    def error(self, message: str) -> NoReturn:
        """A usage error: raised, so ``run`` prints it once and exits 2."""
        raise UsageError(message, self.prog)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        """argparse's exit after ``--help`` or ``--version``: raised, so ``run`` returns the code."""
        if message:
            raise UsageError(message.strip(), self.prog)
        raise Done(status)


def did_you_mean(given: list[str], known: list[str]) -> str:
    """``" (did you mean --duration?)"`` for the words of ``given`` close to one of ``known`` (or ``""``), by
    ``difflib``'s measure of likeness."""
    import difflib  # noqa: PLC0415 - only a mistake needs it

    guesses: dict[str, str] = {}
    for word in given:
        name = word.partition("=")[0]
        close = difflib.get_close_matches(name, known, n=1)
        if close:
            guesses[name] = close[0]
    if len(guesses) > 1:
        return " (did you mean " + ", ".join(f"{right} for {wrong}" for wrong, right in guesses.items()) + "?)"
    return "".join(f" (did you mean {right}?)" for right in guesses.values())


class Options(Protocol):
    """Where options are added: a ``Parser`` or one of its argument groups."""

    def add_argument(self, *names: str, **settings: Any) -> argparse.Action:
        """argparse's ``add_argument``."""


def as_help(text: str) -> str:
    """``text`` as argparse's help shows it as written: argparse formats help with ``%``, so each ``%`` of a
    vendor's description is kept as a character."""
    return text.replace("%", "%%")


def add_option(options: Options, *names: str, help: str = "", **settings: Any) -> argparse.Action:
    """``options.add_argument`` with ``help`` shown as written (see ``as_help``)."""
    return options.add_argument(*names, help=as_help(help), **settings)


def bounded(kind: Callable[[str], float], low: float | None = None, high: float | None = None) -> Callable[[str], Any]:
    """A type for ``add_argument``: ``kind`` of the text, refused outside ``low``..``high`` with both named,
    and where it is not finite (``nan``, ``inf``, ``1e309``): exit 2 naming the option, even in a dry run."""
    name = "an integer" if kind is int else "a number"

    def read(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {name}") from None
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
        below = low is not None and value < low
        above = high is not None and value > high
        if below or above:
            scope = f"from {low:g} to {high:g}" if low is not None and high is not None else f"at least {low:g}"
            raise argparse.ArgumentTypeError(f"{text} is out of range: it must be {scope}")
        return value

    read.__name__ = kind.__name__  # argparse names the type in its own messages
    return read


def checked(read: Callable[[str], Any]) -> Callable[[str], Any]:
    """A type for ``add_argument`` from ``read``, whose ``ValueError`` becomes argparse's usage error."""

    def check(text: str) -> Any:
        try:
            return read(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    check.__name__ = read.__name__
    return check
