from enum import StrEnum


class RunResponseSourceType2Type1(StrEnum):
    API = "api"
    GITHUB_ACTION = "github_action"
    GITHUB_APP = "github_app"
    SCHEDULED = "scheduled"
    STRUCTURED_TEST = "structured_test"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)
