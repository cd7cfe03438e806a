"""A rule-based checker of OpenAPI changes: every change found, judged for the sender or the reader, with a
rule id (``rules.RULES``), a level and a place. ``check_documents`` compares two parsed documents."""

from __future__ import annotations

from .check import check_documents
from .model import DocumentError, Finding
from .rules import LEVELS, RULES, Level, Rule

__all__ = ["LEVELS", "RULES", "DocumentError", "Finding", "Level", "Rule", "check_documents"]
