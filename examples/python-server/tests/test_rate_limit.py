import unittest

from chat_server.rate_limit import TokenBucket


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


class TokenBucketRules(unittest.TestCase):
    def test_allows_a_burst_of_its_rate_then_refills_with_time(self):
        clock = FakeClock()
        bucket = TokenBucket(3, clock=clock)
        self.assertEqual([bucket.take() for _ in range(4)], [True, True, True, False])
        clock.now = 1 / 3
        self.assertEqual([bucket.take(), bucket.take()], [True, False])
        clock.now = 100.0  # a long pause refills to the burst size, not beyond
        self.assertEqual([bucket.take() for _ in range(4)], [True, True, True, False])


if __name__ == "__main__":
    unittest.main()
