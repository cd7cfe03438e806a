"""The testruns generator: a manifest of vendors and their OpenAPI documents in, typed client packages out."""

FETCH_DEADLINE = 60.0
"""Seconds a vendor's document may take to arrive in all (``fetch --deadline``): every page, every attempt and
the waits between. Here, not in ``fetch``, so the command line states it without loading httpx."""
