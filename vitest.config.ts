import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Real servers and a real browser: generous bounds per test; every wait inside a
    // test is bounded by its own, shorter timeout.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
