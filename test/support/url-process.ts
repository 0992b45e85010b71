// A server in a process of its own that prints its URL on stdout once it listens: the
// hostile and broken fixtures' serve scripts, `chat-contract serve`. Resolves with the
// first http(s) URL it prints; `stop()` kills it and resolves once it has exited.
import { spawn, type ChildProcess } from "node:child_process";

export interface UrlProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function startUrlProcess(args: readonly string[], cwd?: string): Promise<UrlProcess> {
  const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "pipe", "ignore"] });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGKILL");
    });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /(https?:\/\/\S+)/.exec(out)?.[1];
      if (url !== undefined && out.includes("\n")) resolve({ url, child, stop });
    });
    child.on("exit", (code) =>
      reject(new Error(`${args.join(" ")} exited with ${String(code)} before printing its URL`)),
    );
  });
}
