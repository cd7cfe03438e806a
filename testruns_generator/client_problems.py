"""openapi-python-client's warnings, sorted: a problem in a mapped operation is an error, any other a note.

openapi-python-client leaves out an operation it cannot read (or one of its answers), and a schema it cannot
read, and says so. An operation the manifest does not map is not the facade's concern: the client is made
without it, and a note names it. A mapped operation must be whole, so a problem there stops the generation
with what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from testruns.vendors import spec_operations

__all__ = ["sort_problems"]

# A schema or parameter of components/ it cannot read: whatever uses it is reported apart (as above).
_COMPONENT = re.compile(r"\s*Unable to (?:parse|process) ((?:schema|parameter) [^:]*):?")
# The parser names an answer's status by an object's repr: it says nothing a reader can use.
_REPR = re.compile(r"status code <[^>]*UntrustedString object at 0x[0-9a-f]+>")


def _text(problem: Any) -> str:
    detail = _REPR.sub("status code", str(problem.detail or ""))
    return f"{problem.header} {detail}".strip()


def sort_problems(problems: Iterable[Any], spec: Mapping[str, Any], mapped: set[str]) -> tuple[list[str], list[str]]:
    """(errors, notes) of openapi-python-client's problems, each naming its operation where it has one."""
    operations = {f"{op.method.upper()} {op.template}": op.operation_id for op in spec_operations(spec)}
    errors: list[str] = []
    notes: list[str] = []
    for problem in problems:
        header = str(problem.header or "")
        detail = _REPR.sub("status code", str(problem.detail or ""))
        place = re.match(r"WARNING parsing (\S+ .*?) within ", header)
        where = place.group(1) if place else None
        if where is not None and where in operations:
            name = operations[where] or where
            left_out = "Endpoint will not be generated" in header
            if name in mapped:
                errors.append(
                    f"mapped operation {name!r} ({where}): {detail or header}; correct it in the overlay "
                    "(openapi-python-client cannot make code for it as it is)"
                )
            else:
                notes.append(f"{name} ({where}) {'left out' if left_out else 'in part'}: {detail or header}")
        elif component := _COMPONENT.match(header):
            notes.append(f"{component.group(1)} left out: {detail}")
        else:
            errors.append(f"{problem.level.value}: {_text(problem)}")
    return errors, notes
