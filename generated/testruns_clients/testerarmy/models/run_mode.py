from enum import StrEnum


class RunMode(StrEnum):
    DEEP = "deep"
    FAST = "fast"

    def __str__(self) -> str:
        return str(self.value)
