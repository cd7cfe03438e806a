"""What produced a generated package: the spec's hash, the tools' versions, and a fingerprint of all inputs.

The record is written into the package as ``_provenance.py`` so users can
import it, and read back as text (never imported) to decide whether a vendor
is up to date without loading any generator tool.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from testruns.vendors import VendorEntry

from .documents import canonical_json

PROVENANCE_FILE = "_provenance.py"
TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff")
GENERATOR_DIR = Path(__file__).parent


@cache
def tool_versions() -> dict[str, str]:
    """The pinned tools that shape the output."""
    return {tool: version(tool) for tool in TOOLS}


@cache
def generator_source_sha256() -> str:
    """Hash of the generator's code, templates and ruff config: a change to them changes the output."""
    digest = hashlib.sha256()
    for path in sorted(GENERATOR_DIR.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".jinja", ".toml"}:
            digest.update(path.relative_to(GENERATOR_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def spec_sha256(spec_text: str) -> str:
    """Hash of the effective spec's canonical JSON text (``documents.canonical_json``), as written to openapi.json."""
    return hashlib.sha256(spec_text.encode()).hexdigest()


def input_fingerprint(vendor: VendorEntry, spec_digest: str) -> str:
    """Everything the output depends on (``spec_digest``: the effective spec's ``spec_sha256``)."""
    digest = hashlib.sha256()
    for part in (
        spec_digest,
        # Examples and where the spec is fetched from shape no code.
        vendor.model_dump_json(exclude={"source": True, "operations": {"__all__": {"example"}}}),
        generator_source_sha256(),
        canonical_json(tool_versions()),
    ):
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()


def tree_sha256(package_dir: Path) -> str:
    """Hash of every file of a package except the provenance record itself."""
    digest = hashlib.sha256()
    for path in sorted(package_dir.rglob("*")):
        if path.is_file() and path.name != PROVENANCE_FILE and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package_dir).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()


def package_version(spec: dict[str, Any], spec_digest: str) -> tuple[str, str]:
    """The vendor's ``info.version``, and the package's version: that, plus the effective spec's hash.

    ``3.2.0+59253905c8bf``: the same vendor version with our corrections changed is another package.
    """
    info = spec.get("info")
    stated = (str(info.get("version", "")).strip() if isinstance(info, dict) else "") or "0"
    return stated, f"{stated}+{spec_digest[:12]}"


def render(vendor: VendorEntry, spec: dict[str, Any], spec_digest: str, fingerprint: str, package_dir: Path) -> str:
    """The text of ``_provenance.py`` for a finished package."""
    versions = "".join(f'    "{tool}": "{ver}",\n' for tool, ver in tool_versions().items())
    stated, version_ = package_version(spec, spec_digest)
    return (
        '"""Where this package came from. Written by the testruns generator; do not edit."""\n\n'
        f'VENDOR = "{vendor.id}"\n'
        f"SPEC_VERSION = {json.dumps(stated)}\n"
        f'"""The vendor\'s own version of its API (info.version)."""\n'
        f"VERSION = {json.dumps(version_)}\n"
        f'"""This package\'s version: the vendor\'s, plus the effective spec\'s hash."""\n'
        f'SPEC_SHA256 = "{spec_digest}"\n'
        f'"""sha256 of the effective spec (overlay applied), as in openapi.json."""\n'
        f'GENERATOR_SHA256 = "{generator_source_sha256()}"\n'
        f"GENERATOR_VERSIONS = {{\n{versions}}}\n"
        f'INPUT_SHA256 = "{fingerprint}"\n'
        f'"""Fingerprint of every input; equal fingerprints give equal packages."""\n'
        f'TREE_SHA256 = "{tree_sha256(package_dir)}"\n'
        f'"""sha256 of the package\'s other files, to notice hand edits."""\n'
    )


_FIELD = re.compile(r'^(INPUT_SHA256|TREE_SHA256) = "([0-9a-f]{64})"$', re.MULTILINE)


def is_current(package_dir: Path, fingerprint: str) -> bool:
    """True when the package was made from these inputs and nobody has edited it since."""
    try:
        text = (package_dir / PROVENANCE_FILE).read_text(encoding="utf-8")
    except OSError:
        return False
    recorded = dict(_FIELD.findall(text))
    return recorded.get("INPUT_SHA256") == fingerprint and recorded.get("TREE_SHA256") == tree_sha256(package_dir)
