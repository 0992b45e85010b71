import { describe, expect, it } from "vitest";
import { checkHandshake } from "../../src/server/index.ts";

describe("checkHandshake", () => {
  it("accepts a userId, with or without a token when the server has none", () => {
    expect(checkHandshake({ userId: "alice" }, undefined)).toMatchObject({
      ok: true,
      auth: { userId: "alice" },
    });
    expect(checkHandshake({ userId: "alice", token: "x" }, undefined)).toMatchObject({ ok: true });
  });

  it.each([undefined, null, "alice", {}, { userId: "" }, { userId: 1 }])(
    "refuses auth %j with AUTH_REQUIRED",
    (auth) => {
      expect(checkHandshake(auth, undefined)).toMatchObject({
        ok: false,
        error: { errorCode: "AUTH_REQUIRED" },
      });
    },
  );

  it("compares tokens exactly, whatever their lengths", () => {
    expect(checkHandshake({ userId: "a", token: "s3cret" }, "s3cret")).toMatchObject({ ok: true });
    for (const token of ["s3cre", "s3cret ", "S3CRET", ""]) {
      expect(checkHandshake({ userId: "a", token }, "s3cret")).toMatchObject({
        ok: false,
        error: { errorCode: "AUTH_INVALID" },
      });
    }
  });
});
