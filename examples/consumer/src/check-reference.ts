// The conformance suite as a library: start chat-contract's reference server, run the
// suite against it, print the verdict. The same runConformance checks your own server
// when given its URL (what `chat-contract test --url` does).
import { createChatServer } from "chat-contract/server";
import { runConformance } from "chat-contract/conformance";

const server = await createChatServer({
  port: 0,
  logger: { info() {}, warn() {}, error() {} },
});
try {
  const report = await runConformance({ url: server.url, fuzz: 5, seed: 1 });
  const failed = report.checks.filter((c) => c.status === "fail").map((c) => c.name);
  console.log(JSON.stringify({ ok: report.ok, checks: report.checks.length, failed }));
  process.exitCode = report.ok ? 0 : 1;
} finally {
  await server.close();
}
