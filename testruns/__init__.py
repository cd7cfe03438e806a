"""testruns."""
