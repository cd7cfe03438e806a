from enum import StrEnum


class TestRunDetailsState(StrEnum):
    CLONING = "cloning"
    FAILED = "failed"
    INTERRUPTED = "interrupted"
    PASSED = "passed"
    PAUSED = "paused"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
