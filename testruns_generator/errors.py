"""The one error the generator raises: it names the vendor, the file and the place."""

from __future__ import annotations

from pathlib import Path


class GenerationError(Exception):
    """Generation failed; ``generated/`` was left exactly as it was."""

    def __init__(
        self,
        message: str,
        *,
        vendor: str | None = None,
        file: Path | str | None = None,
        location: str | None = None,
    ) -> None:
        self.message = message
        self.vendor = vendor
        self.file = str(file) if file is not None else None
        self.location = location
        super().__init__(str(self))

    def __reduce__(self) -> tuple[object, ...]:
        # Raised in worker processes: keep the fields across pickling.
        return (_rebuild, (self.message, self.vendor, self.file, self.location))

    def __str__(self) -> str:
        where = self.file or ""
        if self.location:
            where = f"{where} at {self.location}" if where else self.location
        prefix = f"[{self.vendor}] " if self.vendor else ""
        return f"{prefix}{where}: {self.message}" if where else f"{prefix}{self.message}"


def _rebuild(message: str, vendor: str | None, file: str | None, location: str | None) -> GenerationError:
    return GenerationError(message, vendor=vendor, file=file, location=location)
