"""A refused event: its ERROR_OCCURED errorCode and a message for people."""


class Rejection(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def quote(value: object) -> str:
    """A client-supplied value inside an error message, quoted and bounded."""
    text = value if isinstance(value, str) else repr(value)
    return '"' + (text if len(text) <= 80 else text[:77] + "...") + '"'
