from enum import StrEnum


class RunResponseExecutionModeType2Type1(StrEnum):
    DEEP = "deep"
    FAST = "fast"

    def __str__(self) -> str:
        return str(self.value)
