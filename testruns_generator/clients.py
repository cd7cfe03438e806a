"""Spec -> typed httpx client package, with openapi-python-client run in-process."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

from .class_names import class_overrides
from .client_problems import sort_problems
from .errors import GenerationError

TEMPLATES_DIR = Path(__file__).parent / "templates"


def generate_client(
    spec: dict[str, Any], *, package: str, out_dir: Path, vendor: str, spec_file: Path, mapped: set[str]
) -> list[str]:
    """Write the client package for ``spec`` into ``out_dir``; a note for each operation or schema it leaves out.

    A warning about an operation in ``mapped`` (or about the document as a whole) is an error.
    """
    from openapi_python_client import Project  # noqa: PLC0415 - heavy, only when generating
    from openapi_python_client.config import Config, ConfigFile, MetaType  # noqa: PLC0415
    from openapi_python_client.parser import GeneratorData  # noqa: PLC0415

    config = Config.from_sources(
        # No post hooks: the pipeline formats every package in one ruff run.
        ConfigFile(
            package_name_override=package,
            post_hooks=[],
            literal_enums=False,
            class_overrides=class_overrides(spec),
        ),
        MetaType.NONE,
        document_source=spec_file,
        file_encoding="utf-8",
        overwrite=True,
        output_path=out_dir,
    )
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):
        raise GenerationError(
            f"openapi-python-client cannot read it: {data.header} {data.detail or ''}".strip(),
            vendor=vendor,
            file=spec_file,
        )
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES_DIR)
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <dir>"
        problems = project.build()
    errors, notes = sort_problems(problems, spec, mapped)
    if errors:
        raise GenerationError(f"openapi-python-client reported: {'; '.join(errors)}", vendor=vendor, file=spec_file)
    (out_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    return [f"{vendor}: {note}" for note in notes]
