from enum import StrEnum


class RunResponseType(StrEnum):
    CI = "ci"
    TEST = "test"

    def __str__(self) -> str:
        return str(self.value)
