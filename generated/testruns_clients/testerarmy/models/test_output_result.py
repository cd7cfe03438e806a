from enum import StrEnum


class TestOutputResult(StrEnum):
    FAILED = "FAILED"
    PASS = "PASS"

    def __str__(self) -> str:
        return str(self.value)
