from enum import StrEnum


class RunResponseDeviceModelType3Type1(StrEnum):
    IPAD = "ipad"
    IPHONE = "iphone"

    def __str__(self) -> str:
        return str(self.value)
