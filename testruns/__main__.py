"""``python -m testruns``: the same as the ``testruns`` command."""

from ._entry import main

main()
