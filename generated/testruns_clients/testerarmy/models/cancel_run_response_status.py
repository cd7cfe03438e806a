from enum import StrEnum


class CancelRunResponseStatus(StrEnum):
    CANCELLED = "cancelled"

    def __str__(self) -> str:
        return str(self.value)
