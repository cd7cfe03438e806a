from enum import StrEnum


class RunResponseExecutionModeType3Type1(StrEnum):
    DEEP = "deep"
    FAST = "fast"

    def __str__(self) -> str:
        return str(self.value)
