// The other nodes of a cluster (`--url` repeated) are checked before any scenario runs: a
// node that cannot be reached would otherwise show up as timeouts scattered over the
// scenarios whose clients landed on it. The probe opens a bare Engine.IO connection (no
// Socket.IO namespace, so no handshake `auth`, no user online, nothing any other client of
// the run could see) and closes it; when it fails, connect-diagnosis says why.
import { Manager } from "socket.io-client";
import { diagnoseConnection, type ConnectDiagnosis } from "./connect-diagnosis.ts";

export interface ProbeOptions {
  path: string;
  transports: ("websocket" | "polling")[];
  timeoutMs: number;
}

/** Undefined when `url` accepts an Engine.IO connection within the timeout, else the classified cause. */
export async function probeNode(
  url: string,
  options: ProbeOptions,
): Promise<ConnectDiagnosis | undefined> {
  const manager = new Manager(url, {
    path: options.path,
    transports: options.transports,
    autoConnect: false,
    reconnection: false,
    timeout: options.timeoutMs,
  });
  const error = await new Promise<Error | undefined>((resolve) =>
    manager.open((err) => resolve(err)),
  );
  manager.engine?.close();
  if (error === undefined) return undefined;
  // The client says "websocket error" for every cause: a plain HTTP request tells them apart.
  return diagnoseConnection(url, options.path, options.timeoutMs);
}
