// A build step: every fixture file (JSON named <EVENT>.<anything>.json) must be a valid
// payload of its event. Prints each violation as FILE: /path keyword message, exits 1 if any.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { isContractEvent, validateEvent } from "chat-contract";

const dir = process.argv[2] ?? "fixtures";
let problems = 0;
const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
for (const file of files) {
  const event = file.split(".")[0] ?? "";
  const where = path.join(dir, file);
  if (!isContractEvent(event)) {
    console.error(`${where}: "${event}" is not an event of the contract`);
    problems += 1;
    continue;
  }
  const payload: unknown = JSON.parse(await readFile(where, "utf8"));
  for (const v of validateEvent(event, payload)) {
    console.error(`${where}: ${v.instancePath || "/"} ${v.keyword} ${v.message}`);
    problems += 1;
  }
}
console.log(`${files.length} fixture(s) checked, ${problems} problem(s)`);
process.exitCode = problems === 0 ? 0 : 1;
