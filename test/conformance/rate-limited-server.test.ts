// A server may rate-limit the suite's own traffic, per connection or per user across all
// their connections: RATE_LIMITED is the server's right, never a verdict. Against a
// conformant server that refuses every third event of each user, the whole suite (the
// scenarios' steps and barriers, the fuzz setup and cases, the wire phase's round trips)
// sends again after a backoff and reports nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConformance } from "../../src/conformance/index.ts";
import type { ChatServer } from "../../src/server/index.ts";
import { startRateLimitsEveryThirdServer } from "../fixtures/fuzz-targets/rate-limits-every-third.ts";

const TOKEN = "rate-limited-token";

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)(
  "the whole suite against a server that rate-limits every third event of each user",
  () => {
    let server: ChatServer;
    beforeAll(async () => {
      server = await startRateLimitsEveryThirdServer("user", TOKEN);
    });
    afterAll(() => server.close());

    it("reports no failure, and no case left unjudged but for the rate limit", async () => {
      const report = await runConformance({ url: server.url, token: TOKEN, fuzz: 10, seed: 5 });
      const failures = report.checks.flatMap((c) =>
        c.failures.map((f) => `${c.name} ${f.event ?? ""}: ${f.message}`),
      );
      expect(failures).toEqual([]);
      expect(report.ok).toBe(true);
      const statuses = new Set(report.fuzz?.cases.map((c) => (c as { status?: string }).status));
      expect(statuses.has("fail")).toBe(false);
    });
  },
);
