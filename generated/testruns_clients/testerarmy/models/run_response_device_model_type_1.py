from enum import StrEnum


class RunResponseDeviceModelType1(StrEnum):
    IPAD = "ipad"
    IPHONE = "iphone"

    def __str__(self) -> str:
        return str(self.value)
