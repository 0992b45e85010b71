// Why the first connection failed, in words a server author can act on. Socket.IO's client
// says "websocket error" for a refused port, an unknown host, a TLS failure and a 404
// alike; a plain HTTP request to the Engine.IO handshake URL (the polling transport) tells
// them apart.
import http from "node:http";
import https from "node:https";

export type ConnectErrorKind =
  | "refused"
  | "dns"
  | "tls"
  | "http-status"
  | "timeout"
  | "handshake-timeout"
  | "websocket"
  | "handshake-refused"
  | "network";

export interface ConnectDiagnosis {
  kind: ConnectErrorKind;
  /** One line: what happened, where, and what to check. */
  message: string;
}

const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_FAIL", "EAI_NODATA"]);

function isTlsError(code: string | undefined, message: string): boolean {
  return (
    code !== undefined &&
    (code.startsWith("ERR_SSL") ||
      code.startsWith("ERR_TLS") ||
      code === "EPROTO" ||
      code.includes("CERT") ||
      code === "UNABLE_TO_VERIFY_LEAF_SIGNATURE" ||
      /ssl|tls|certificate/i.test(message))
  );
}

/** `http://host:port` + `/socket.io` -> `http://host:port/socket.io/?EIO=4&transport=polling`. */
export function handshakeUrl(url: string, path: string): URL {
  const target = new URL(url);
  if (target.protocol === "ws:") target.protocol = "http:";
  if (target.protocol === "wss:") target.protocol = "https:";
  target.pathname = `${path.replace(/\/+$/, "")}/`;
  target.search = "?EIO=4&transport=polling";
  return target;
}

/** The classified cause of a failed first connection to `url` (bounded by `timeoutMs`). */
export function diagnoseConnection(
  url: string,
  path: string,
  timeoutMs: number,
): Promise<ConnectDiagnosis> {
  const target = handshakeUrl(url, path);
  const where = target.host;
  const get = target.protocol === "https:" ? https.get : http.get;
  return new Promise((resolve) => {
    let settled = false;
    const done = (diagnosis: ConnectDiagnosis) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(diagnosis);
    };
    const timer = setTimeout(
      () =>
        done({
          kind: "timeout",
          message: `timeout: ${where} accepted no HTTP request to ${target.pathname} within ${timeoutMs} ms`,
        }),
      timeoutMs,
    );
    const request = get(target, { agent: false }, (response) => {
      const status = response.statusCode ?? 0;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        // The open packet is short; more than this is not an Engine.IO handshake.
        if (body.length < 512) body += chunk;
        else response.destroy();
      });
      const finish = () => done(classifyResponse(status, body, path, where));
      response.on("end", finish);
      response.on("close", finish);
    });
    request.on("error", (error: NodeJS.ErrnoException) => done(classifyError(error, where)));
  });
}

function classifyResponse(
  status: number,
  body: string,
  path: string,
  where: string,
): ConnectDiagnosis {
  // An Engine.IO v4 polling handshake answers 200 with the open packet `0{"sid":...}`.
  if (status === 200 && /^(\d+:)?0\{/.test(body)) {
    return {
      kind: "websocket",
      message: `an Engine.IO server answers at ${where}${path} over HTTP polling, but the WebSocket connection failed (does it allow the websocket transport?)`,
    };
  }
  return {
    kind: "http-status",
    message: `HTTP ${status} from ${where}${path}/: no Socket.IO server at ${path} (is the server's path something else? use --path)`,
  };
}

function classifyError(error: NodeJS.ErrnoException, where: string): ConnectDiagnosis {
  const code = error.code;
  if (code === "ECONNREFUSED")
    return { kind: "refused", message: `connection refused by ${where} (nothing listens there)` };
  if (code !== undefined && DNS_CODES.has(code))
    return {
      kind: "dns",
      message: `DNS lookup failed for ${where.replace(/:\d+$/, "")} (${code}): no such host`,
    };
  if (isTlsError(code, error.message)) {
    // OpenSSL's text is one long line of codes: its reason ("wrong version number") says it.
    const reason =
      /SSL routines:[^:]*:([^:]+)/.exec(error.message)?.[1] ?? error.message.split("\n")[0];
    return {
      kind: "tls",
      message: `TLS handshake with ${where} failed (${code ?? "error"}: ${reason}); is it an https server?`,
    };
  }
  return { kind: "network", message: `${where}: ${code ?? "error"}: ${error.message}` };
}
