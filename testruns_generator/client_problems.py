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

from testruns.vendors import SpecOperation, resolve, spec_operations

from .effective_spec import used_schemas

__all__ = ["sort_problems"]

# A schema or parameter of components/ it cannot read: whatever uses it is reported apart (as above).
_COMPONENT = re.compile(r"\s*Unable to (?:parse|process) ((?:schema|parameter) [^:]*):?")
# The parser names an answer's status by an object's repr: it says nothing a reader can use.
_REPR = re.compile(r"status code <[^>]*UntrustedString object at 0x[0-9a-f]+>")


def _text(problem: Any) -> str:
    detail = _REPR.sub("status code", str(problem.detail or ""))
    return f"{problem.header} {detail}".strip()


_REMOVED = re.compile(r"^/components/schemas/(\S+)$", re.MULTILINE)


def _unreadable_schemas(problems: list[Any]) -> dict[str, tuple[str, str]]:
    """The component schemas openapi-python-client left out: name -> (the one it could not read, why)."""
    found: dict[str, tuple[str, str]] = {}
    for problem in problems:
        component = _COMPONENT.match(str(problem.header or ""))
        if not (component and component.group(1).startswith("schema /components/schemas/")):
            continue
        name, detail = component.group(1).rsplit("/", 1)[1], str(problem.detail or "")
        why = " ".join(detail.split("Failure to process schema", 1)[0].split())[:300]
        for removed in _REMOVED.findall(detail):
            found.setdefault(removed, (name, why))
        found[name] = (name, why)
    return found


def _uses(op: SpecOperation, unreadable: dict[str, tuple[str, str]], spec: Mapping[str, Any]) -> str:
    """What a mapped operation's error adds: the schemas it uses that the client left out, and why."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    answers = [resolve(spec, answer) for answer in (op.operation.get("responses") or {}).values()]
    used = used_schemas([op.operation, op.request_body, op.parameters, answers], dict(schemas))
    causes: dict[tuple[str, str], list[str]] = {}
    for name in sorted(used & unreadable.keys()):
        causes.setdefault(unreadable[name], []).append(name)
    return "".join(
        f"; it uses {', '.join(map(repr, names))}, left out as the client cannot read schema {root!r} ({why})"
        for (root, why), names in causes.items()
    )


def sort_problems(problems: Iterable[Any], spec: Mapping[str, Any], mapped: set[str]) -> tuple[list[str], list[str]]:
    """(errors, notes) of openapi-python-client's problems, each naming its operation where it has one, and a
    mapped operation's error the schemas it uses that openapi-python-client could not read."""
    found = {f"{op.method.upper()} {op.template}": op for op in spec_operations(spec)}
    operations = {where: op.operation_id for where, op in found.items()}
    problems = list(problems)
    unreadable = _unreadable_schemas(problems)
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
                uses = _uses(found[where], unreadable, spec)
                errors.append(
                    f"mapped operation {name!r} ({where}): {detail or header}{uses}; correct it in the overlay "
                    "(openapi-python-client cannot make code for it as it is)"
                )
            else:
                notes.append(f"{name} ({where}) {'left out' if left_out else 'in part'}: {detail or header}")
        elif component := _COMPONENT.match(header):
            notes.append(f"{component.group(1)} left out: {detail}")
        else:
            errors.append(f"{problem.level.value}: {_text(problem)}")
    return errors, notes
