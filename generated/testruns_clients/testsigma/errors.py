"""The errors the API functions raise: an undocumented status, and a path value no URL can carry."""

from urllib.parse import quote


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class PathValueError(ValueError):
    """A path parameter's value is empty, ``.`` or ``..``: no request was built.

    Such a segment names another URL: an empty one another path, and a dot-segment its parent or itself, which
    every URL parser (httpx's too) removes before sending (RFC 3986, section 5.2.4). Percent-encoding the dots
    does not help, since a server decodes them before it resolves the path (section 6.2.2).
    """

    def __init__(self, parameter: str, value: str) -> None:
        self.parameter = parameter
        self.reason = f"{value!r} cannot be a URL path segment (it would name another path)"
        super().__init__(f"{parameter}: {self.reason}")


def path_segment(value: object, parameter: str) -> str:
    """``value`` as one URL path segment, every reserved character escaped; ``PathValueError`` where it is empty,
    ``.`` or ``..``."""
    text = quote(str(value), safe="")
    if text in ("", ".", ".."):
        raise PathValueError(parameter, text)
    return text


__all__ = ["PathValueError", "UnexpectedStatus", "path_segment"]
