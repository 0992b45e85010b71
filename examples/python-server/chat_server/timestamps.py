"""Timestamps as protocol v1 writes them: RFC 3339, UTC, upper-case T and Z.

Neither direction can use the standard library alone: datetime.isoformat() writes
"+00:00" instead of "Z", and datetime.fromisoformat() accepts forms v1 refuses (an
offset, a space for T) and refuses one it accepts (year 0000).
"""

import re
from datetime import datetime, timezone

# ASCII digits only (re.ASCII): "\d" in Python matches any Unicode digit otherwise.
_SHAPE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):([0-5]\d)(?:\.\d+)?Z",
    re.ASCII,
)

EXAMPLE = "2026-11-28T02:11:03.000Z"


def now() -> str:
    """The server's clock, in milliseconds, as JavaScript's toISOString() writes it."""
    moment = datetime.now(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def is_leap_year(year: int) -> bool:
    # Proleptic Gregorian: year 0000 is divisible by 400, so it is a leap year.
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap_year(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def timestamp_problem(value: object) -> "str | None":
    """Why `value` is not a v1 timestamp, or None when it is one."""
    if not isinstance(value, str):
        return f"must be a string like {EXAMPLE}"
    # fullmatch, not match + "$": "$" would also accept a trailing newline.
    match = _SHAPE.fullmatch(value)
    if match is None:
        return f"must be an RFC 3339 date-time in UTC written like {EXAMPLE} (upper-case T and Z, seconds 00 to 59)"
    year, month, day, hour, minute = (int(part) for part in match.groups()[:5])
    if not 1 <= month <= 12:
        return f"month {month:02d} does not exist"
    if not 1 <= day <= days_in_month(year, month):
        return f"day {day:02d} does not exist in {year:04d}-{month:02d}"
    if hour > 23 or minute > 59:
        return f"time {hour:02d}:{minute:02d} does not exist"
    return None
