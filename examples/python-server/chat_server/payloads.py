"""The shape of every client-to-server payload, checked by hand from docs/protocol.md.

Why not jsonschema over the repository's schemas/ files: this server is meant to be a
second, independent reading of the guide (if it agrees with the suite, the guide, the
schemas and the suite agree), and Python's regular expressions read a JSON Schema
"pattern" differently from ECMA-262 (\\d matches every Unicode digit, $ accepts a
trailing newline). The rules are few and each gives an error naming its field.
"""

import math
from typing import Callable, Optional

from .timestamps import timestamp_problem

# A check returns why a value breaks the rule, or None.
Check = Callable[[object], Optional[str]]

MAX_FILE_SIZE = 2**53 - 1
# The depth every server must accept for newValue (asyncapi.yaml x-max-depth); deeper
# values may be refused, and this server refuses them.
MAX_DEPTH = 32
STATUSES = ("online", "offline", "busy", "away")


def _string(min_length: int, max_length: Optional[int] = None) -> Check:
    def check(value: object) -> Optional[str]:
        if not isinstance(value, str):
            return f"must be a string, got {json_type(value)}"
        # len() counts code points, as JSON Schema does ("😀" is one character).
        if len(value) < min_length:
            return f"must have at least {min_length} character(s)"
        if max_length is not None and len(value) > max_length:
            return f"must have at most {max_length} characters, got {len(value)}"
        return None

    return check


identifier = _string(1, 64)
message_text = _string(1, 4000)
non_empty_string = _string(1)


def file_name(value: object) -> Optional[str]:
    problem = _string(1, 255)(value)
    if problem is None and any(c in value for c in "/\\\0"):  # type: ignore[operator]
        return "must not contain /, \\ or NUL"
    return problem


def is_integer(value: object) -> bool:
    # JSON has one number type: 5.0 is the integer 5. bool is an int in Python, not in JSON.
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def file_size(value: object) -> Optional[str]:
    if not is_integer(value):
        return f"must be an integer, got {json_type(value)}"
    if not 0 <= value <= MAX_FILE_SIZE:  # type: ignore[operator]
        return f"must be from 0 to {MAX_FILE_SIZE}"
    return None


def status(value: object) -> Optional[str]:
    if not isinstance(value, str) or value not in STATUSES:
        return "must be one of " + ", ".join(STATUSES)
    return None


def any_json(value: object) -> Optional[str]:
    """Any JSON value up to MAX_DEPTH levels deep, every number finite.

    Python reads the JSON number 1e999 as float("inf"), which json.dumps would write as
    the non-JSON token Infinity: a forward must be valid JSON again. Walked iteratively:
    nesting depth is the client's choice (a scalar is depth 0, a container one more than
    its deepest member).
    """
    pending = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, float) and not math.isfinite(item):
            return "must be JSON: a number is too large to represent"
        if isinstance(item, (dict, list)):
            if depth + 1 > MAX_DEPTH:
                return f"nests deeper than the limit of {MAX_DEPTH} levels (x-max-depth)"
            members = item.values() if isinstance(item, dict) else item
            pending.extend((member, depth + 1) for member in members)
    return None


def binary_at(value: object) -> Optional[str]:
    """Where a Socket.IO binary attachment sits in `value` (python-socketio hands them over
    as bytes), or None. Payloads are JSON: binary is refused wherever it is."""
    pending = [(value, "")]
    while pending:
        item, path = pending.pop()
        if isinstance(item, (bytes, bytearray, memoryview)):
            return path or "/"
        if isinstance(item, dict):
            pending.extend((v, f"{path}/{k}") for k, v in item.items())
        elif isinstance(item, list):
            pending.extend((v, f"{path}/{i}") for i, v in enumerate(item))
    return None


def channel(value: object) -> Optional[str]:
    """newChannelId: a channel id, or an object with an `id` (other keys allowed)."""
    if isinstance(value, dict):
        if "id" not in value:
            return "as an object, must have an id"
        problem = identifier(value["id"])
        return None if problem is None else f"id {problem}"
    if isinstance(value, str):
        return identifier(value)
    return f"must be a channel id string or an object with an id, got {json_type(value)}"


def channel_id(value: "str | dict") -> str:
    """The channel a valid newChannelId names."""
    return value if isinstance(value, str) else value["id"]


# Every field of every payload, in the guide's order.
FIELDS: "dict[str, dict[str, Check]]" = {
    "MESSAGE_SENT": {"userId": identifier, "message": message_text, "timestamp": timestamp_problem},
    "FILE_UPLOADED": {
        "userId": identifier,
        "fileName": file_name,
        "fileSize": file_size,
        "timestamp": timestamp_problem,
    },
    "USER_STATUS_CHANGED": {"userId": identifier, "newStatus": status, "timestamp": timestamp_problem},
    "GROUP_CREATED": {"groupId": identifier, "creatorId": identifier, "timestamp": timestamp_problem},
    "GROUP_MEMBER_ADDED": {"groupId": identifier, "userId": identifier, "timestamp": timestamp_problem},
    "GROUP_MEMBER_REMOVED": {"groupId": identifier, "userId": identifier, "timestamp": timestamp_problem},
    "USER_SETTINGS_UPDATED": {
        "userId": identifier,
        "settingName": non_empty_string,
        "newValue": any_json,
        "timestamp": timestamp_problem,
    },
    "USER_CHANGED_GROUP": {"userId": identifier, "newChannelId": channel, "timestamp": timestamp_problem},
}

CLIENT_EVENTS = frozenset(FIELDS)


def payload_problem(event: str, args: "tuple[object, ...]") -> Optional[str]:
    """Why these arguments are not one valid `event` payload (an INVALID_PAYLOAD message)."""
    where = binary_at(list(args))
    if where is not None:
        return f"{event} {where}: binary data is not allowed, payloads are JSON"
    if len(args) != 1:
        return f"{event}: expected exactly one argument, the payload object, got {len(args)}"
    payload = args[0]
    if not isinstance(payload, dict):
        return f"{event}: the payload must be a JSON object, got {json_type(payload)}"
    fields = FIELDS[event]
    for name in fields:
        if name not in payload:
            return f"{event} /{name}: required field is missing"
    for name in payload:
        if name not in fields:
            return f"{event}: unexpected field {name!r} (payloads are closed: {', '.join(fields)})"
    for name, check in fields.items():
        problem = check(payload[name])
        if problem is not None:
            return f"{event} /{name}: {problem}"
    return None


def json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "binary data"  # a Socket.IO binary attachment arrives as bytes
