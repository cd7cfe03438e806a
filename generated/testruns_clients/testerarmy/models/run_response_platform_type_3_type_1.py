from enum import StrEnum


class RunResponsePlatformType3Type1(StrEnum):
    ANDROID = "android"
    IOS = "ios"
    WEB = "web"

    def __str__(self) -> str:
        return str(self.value)
