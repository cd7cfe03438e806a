"""``python -m testruns``: the same as the ``testruns`` command."""

from .cli import main

main()
