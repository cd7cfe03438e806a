"""The ``testruns`` command: a thin layer over the clients, with its output in one place.

- ``main``: the entry point, the commands' dispatch and the exit codes.
- ``parser``: argparse, as the commands use it (usage errors as exceptions, "did you mean").
- ``commands``, ``vendor``, ``options``: the vendor commands (trigger, cancel, status, wait) and their options,
  read off the generated facades.
- ``output``: everything the command prints (lines, JSON, errors, the vendor listing, retry notices).
- ``follow``: ``wait`` / ``trigger --wait`` to the run's end; ``reports``: the JUnit file and the step summary.
"""

from .main import main, run

__all__ = ["main", "run"]
