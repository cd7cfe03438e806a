"""Command line of the generator: ``python -m generator {generate,check,spec}``."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from testruns.manifest import DEFAULT_MANIFEST_PATH, ManifestError, load_manifest

from .errors import GenerationError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST_PATH, help="the vendor manifest")
    parser.add_argument("--output", type=Path, default=None, help="where the packages go (default: generated/)")
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="regenerate the vendors whose spec, overlay or generator changed")
    gen.add_argument("vendors", nargs="*", help="vendor ids (default: all)")
    gen.add_argument("--force", action="store_true", help="regenerate even when up to date")
    chk = commands.add_parser("check", help="fail when generated/ differs from what the specs give")
    chk.add_argument("vendors", nargs="*", help="vendor ids (default: all)")
    spec = commands.add_parser("spec", help="print a vendor's effective spec (overlay applied) as JSON")
    spec.add_argument("vendor")
    return parser


class _Stopped(BaseException):
    """SIGTERM, raised where the main thread is so every ``finally`` (the staging folder's removal) runs."""


def _stop(signum: int, frame: object) -> None:
    raise _Stopped


def main(argv: Sequence[str] | None = None) -> int:
    """Run one generator command; returns the exit status (130 when interrupted, ``generated/`` unchanged)."""
    args = _parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _stop)
    try:
        return _run(args)
    except (KeyboardInterrupt, _Stopped):
        # Stopped and cleaned up: a second signal (or the same one seen again by another thread) changes nothing.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        print("interrupted: generated/ was left unchanged", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    from . import pipeline  # noqa: PLC0415

    output: Path = args.output or pipeline.DEFAULT_OUTPUT
    started = time.perf_counter()
    try:
        manifest = load_manifest(args.manifest.resolve())
        if args.command == "spec":
            from .documents import canonical_json  # noqa: PLC0415
            from .effective_spec import checked_effective_spec  # noqa: PLC0415

            (vendor,) = pipeline.select(manifest, [args.vendor])
            sys.stdout.write(canonical_json(checked_effective_spec(vendor, manifest)))
            return 0
        if args.command == "check":
            drift = pipeline.check(manifest, args.vendors, output=output)
            for name, differences in drift.items():
                shown = ", ".join(differences[:5]) + (
                    f" and {len(differences) - 5} more" if len(differences) > 5 else ""
                )
                print(f"drift: {name}: {shown}", file=sys.stderr)
            if drift:
                print("generated/ is out of date: run `make generate` and commit the result", file=sys.stderr)
                return 1
            print(f"generated/ matches the specs ({time.perf_counter() - started:.2f} s)")
            return 0
        outcome = pipeline.generate(manifest, args.vendors, output=output, force=args.force)
        elapsed = time.perf_counter() - started
        if outcome.generated:
            print(f"generated: {', '.join(outcome.generated)} ({elapsed:.2f} s)")
        if outcome.removed:
            print(f"removed stale packages: {', '.join(outcome.removed)}")
        if outcome.up_to_date:
            print(f"up to date: {', '.join(outcome.up_to_date)}")
        for note in outcome.notes[:10]:
            print(f"note: {note}", file=sys.stderr)
        if len(outcome.notes) > 10:
            print(f"note: and {len(outcome.notes) - 10} more media types left out", file=sys.stderr)
        return 0
    except (GenerationError, ManifestError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("generated/ was left unchanged", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
