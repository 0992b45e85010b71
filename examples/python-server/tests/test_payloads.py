import unittest

from chat_server.payloads import FIELDS, payload_problem

TS = "2026-11-28T02:11:03.000Z"


def problem(event, **payload):
    return payload_problem(event, (payload,))


class PayloadRules(unittest.TestCase):
    def test_accepts_a_valid_payload_of_every_client_event(self):
        valid = {
            "MESSAGE_SENT": {"userId": "alice", "message": "hi", "timestamp": TS},
            "FILE_UPLOADED": {"userId": "alice", "fileName": "a.pdf", "fileSize": 0, "timestamp": TS},
            "USER_STATUS_CHANGED": {"userId": "alice", "newStatus": "away", "timestamp": TS},
            "GROUP_CREATED": {"groupId": "g", "creatorId": "alice", "timestamp": TS},
            "GROUP_MEMBER_ADDED": {"groupId": "g", "userId": "bob", "timestamp": TS},
            "GROUP_MEMBER_REMOVED": {"groupId": "g", "userId": "bob", "timestamp": TS},
            "USER_SETTINGS_UPDATED": {"userId": "alice", "settingName": "t", "newValue": None, "timestamp": TS},
            "USER_CHANGED_GROUP": {"userId": "alice", "newChannelId": "general", "timestamp": TS},
        }
        self.assertEqual(set(valid), set(FIELDS))
        for event, payload in valid.items():
            with self.subTest(event=event):
                self.assertIsNone(payload_problem(event, (payload,)))

    def test_needs_exactly_one_object_argument(self):
        payload = {"userId": "alice", "message": "hi", "timestamp": TS}
        self.assertIn("got 0", payload_problem("MESSAGE_SENT", ()))
        self.assertIn("got 2", payload_problem("MESSAGE_SENT", (payload, payload)))
        self.assertIn("got array", payload_problem("MESSAGE_SENT", ([payload],)))
        self.assertIn("got null", payload_problem("MESSAGE_SENT", (None,)))
        self.assertIn("/0: binary data is not allowed", payload_problem("MESSAGE_SENT", (b"\x00",)))

    def test_names_the_missing_the_extra_and_the_broken_field(self):
        self.assertEqual(
            problem("MESSAGE_SENT", userId="alice", timestamp=TS),
            "MESSAGE_SENT /message: required field is missing",
        )
        self.assertIn("'Message'", problem("MESSAGE_SENT", userId="a", message="hi", timestamp=TS, Message="x"))
        self.assertTrue(problem("MESSAGE_SENT", userId="a", message="", timestamp=TS).startswith("MESSAGE_SENT /message:"))

    def test_counts_lengths_in_code_points(self):
        self.assertIsNone(problem("MESSAGE_SENT", userId="😀" * 64, message="😀" * 4000, timestamp=TS))
        self.assertIn("/userId", problem("MESSAGE_SENT", userId="😀" * 65, message="hi", timestamp=TS))
        self.assertIn("/message", problem("MESSAGE_SENT", userId="a", message="a" * 4001, timestamp=TS))

    def test_file_names_and_sizes(self):
        def file(name="a.pdf", size=1):
            return problem("FILE_UPLOADED", userId="a", fileName=name, fileSize=size, timestamp=TS)

        for name in ("a/b", "a\\b", "a\0b", "", "x" * 256, 7):
            with self.subTest(name=name):
                self.assertIn("/fileName", file(name=name))
        self.assertIsNone(file(name="x" * 255))
        for size in (0, 5.0, 2**53 - 1):
            with self.subTest(size=size):
                self.assertIsNone(file(size=size))
        for size in (-1, 2**53, 0.5, True, "1", None, float("inf")):
            with self.subTest(size=size):
                self.assertIn("/fileSize", file(size=size))

    def test_status_is_one_of_four_lower_case_words(self):
        for status in ("ONLINE", "busy ", "", ["online"], None):
            with self.subTest(status=status):
                self.assertIn("/newStatus", problem("USER_STATUS_CHANGED", userId="a", newStatus=status, timestamp=TS))

    def test_new_value_is_any_json_value_but_must_be_present(self):
        for value in ({}, [], None, "", 0, False, {"a": [1, {"b": None}]}):
            with self.subTest(value=value):
                self.assertIsNone(problem("USER_SETTINGS_UPDATED", userId="a", settingName="s", newValue=value, timestamp=TS))
        self.assertIn("/newValue: required", problem("USER_SETTINGS_UPDATED", userId="a", settingName="s", timestamp=TS))
        self.assertIn("/newValue", problem("USER_SETTINGS_UPDATED", userId="a", settingName="s", newValue=[float("inf")], timestamp=TS))

    def test_new_value_may_nest_32_levels_and_no_deeper(self):
        def nested(depth):
            value = 0
            for _ in range(depth):
                value = [value]
            return value

        def settings(value):
            return problem("USER_SETTINGS_UPDATED", userId="a", settingName="s", newValue=value, timestamp=TS)

        self.assertIsNone(settings(nested(32)))
        self.assertIn("/newValue: nests deeper than the limit of 32", settings(nested(33)))
        self.assertIn("/newValue", settings(nested(10_000)))

    def test_binary_anywhere_is_refused(self):
        refused = problem("USER_SETTINGS_UPDATED", userId="a", settingName="s", newValue=b"\x01", timestamp=TS)
        self.assertIn("/0/newValue: binary data is not allowed", refused)

    def test_new_channel_id_takes_a_string_or_an_object_with_an_id(self):
        def move(channel):
            return problem("USER_CHANGED_GROUP", userId="a", newChannelId=channel, timestamp=TS)

        self.assertIsNone(move("g"))
        self.assertIsNone(move({"id": "g", "name": "G"}))
        for channel in ("", "x" * 65, {}, {"id": 3}, {"id": ""}, 3, None, ["g"]):
            with self.subTest(channel=channel):
                self.assertIn("/newChannelId", move(channel))


if __name__ == "__main__":
    unittest.main()
