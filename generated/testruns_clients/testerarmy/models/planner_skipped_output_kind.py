from enum import StrEnum


class PlannerSkippedOutputKind(StrEnum):
    PLANNER_SKIPPED = "planner_skipped"

    def __str__(self) -> str:
        return str(self.value)
