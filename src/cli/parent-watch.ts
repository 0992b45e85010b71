// `npx chat-contract serve &` then `kill $!`: the signal reaches npm, which passes it to the
// `sh -c` it runs the bin with, and that shell dies without passing it on. The server
// would stay, orphaned, with its port bound. So when npm started this process, losing the
// parent (this process being re-parented) counts as a stop request, like SIGTERM.
// Outside npm a parent may exit on purpose (nohup, a detaching script): no watch there.

/** npm sets npm_execpath for every script and `npm exec`/`npx` it runs. */
export function startedByNpm(env: NodeJS.ProcessEnv = process.env): boolean {
  return env["npm_execpath"] !== undefined;
}

/**
 * Resolves with a reason once this process has a different parent than at the call.
 * Polls `process.ppid` (a system call, no I/O); the timer does not keep the process alive.
 */
export function whenParentGone(intervalMs = 250): Promise<string> {
  const parent = process.ppid;
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (process.ppid === parent) return;
      clearInterval(timer);
      resolve(`parent process ${parent} exited (this server was started through npm)`);
    }, intervalMs);
    timer.unref();
  });
}
