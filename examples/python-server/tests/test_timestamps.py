import re
import unittest
from datetime import datetime, timezone

from chat_server.timestamps import now, timestamp_problem


class TimestampRules(unittest.TestCase):
    def test_accepts_the_forms_v1_allows(self):
        for value in (
            "2026-11-28T02:11:03.000Z",
            "2026-11-28T02:11:03Z",
            "2026-11-28T02:11:03.123456789012Z",  # any number of fraction digits
            "2000-02-29T23:59:59.999Z",  # 2000 is a leap year
            "0000-02-29T00:00:00Z",  # so is year 0000 (divisible by 400)
            "9999-12-31T23:59:59Z",
        ):
            with self.subTest(value=value):
                self.assertIsNone(timestamp_problem(value))

    def test_refuses_other_rfc3339_forms_and_impossible_moments(self):
        for value in (
            "2026-11-28T02:11:03+00:00",
            "2026-11-28t02:11:03z",
            "2026-11-28 02:11:03Z",
            "2016-12-31T23:59:60Z",  # no leap second
            "2026-11-28T02:11:03.Z",
            "2026-11-28T02:11:03Z\n",  # "$" in a regex would let this through
            "2026-11-28T02:11:0\u0663Z",  # an Arabic-Indic digit is a \d without re.ASCII
            "2026-02-29T10:00:00Z",
            "1900-02-29T10:00:00Z",
            "2026-04-31T10:00:00Z",
            "2026-13-01T10:00:00Z",
            "2026-00-01T10:00:00Z",
            "2026-11-00T10:00:00Z",
            "2026-11-28T24:00:00Z",
            "2026-11-28T23:60:00Z",
            "",
        ):
            with self.subTest(value=value):
                self.assertIsNotNone(timestamp_problem(value))

    def test_refuses_non_strings(self):
        for value in (None, 0, 1764294663000, ["2026-11-28T02:11:03Z"], {}):
            with self.subTest(value=value):
                self.assertIn("must be a string", timestamp_problem(value))

    def test_now_is_the_utc_clock_written_with_z(self):
        before = datetime.now(timezone.utc)
        stamp = now()
        after = datetime.now(timezone.utc)
        self.assertRegex(stamp, re.compile(r"\A\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\Z"))
        self.assertIsNone(timestamp_problem(stamp))
        parsed = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
        # Milliseconds are truncated, so the stamp may be up to 1 ms before `before`.
        self.assertLessEqual(before.replace(microsecond=before.microsecond // 1000 * 1000), parsed)
        self.assertLessEqual(parsed, after)


if __name__ == "__main__":
    unittest.main()
