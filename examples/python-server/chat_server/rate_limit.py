"""A token bucket per connection: a steady rate with bursts up to the same size."""

import time


class TokenBucket:
    def __init__(self, per_second: float, clock=time.monotonic) -> None:
        self.capacity = per_second
        self.per_second = per_second
        self.tokens = per_second
        self.clock = clock
        self.updated = clock()

    def take(self) -> bool:
        """Spends one token; False (and nothing spent) when the connection is over its rate."""
        moment = self.clock()
        self.tokens = min(self.capacity, self.tokens + (moment - self.updated) * self.per_second)
        self.updated = moment
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True
