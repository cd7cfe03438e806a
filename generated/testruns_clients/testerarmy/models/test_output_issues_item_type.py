from enum import StrEnum


class TestOutputIssuesItemType(StrEnum):
    ISSUE = "issue"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
