// Runs this project's guarded server and two typed clients: a valid message reaches the
// other client, an invalid one is answered ERROR_OCCURED by the guard. Prints one JSON line
// per step (the package test reads them); a message or reply that never comes fails it (exit 1).
import { isEventPayload, type MessageSentPayload } from "chat-contract";
import { connectClient, next } from "./chat-client.js";
import { startChatServer } from "./chat-server.js";

const server = await startChatServer();
const alice = await connectClient(server.url, "alice");
const bob = await connectClient(server.url, "bob");
try {
  const hello: MessageSentPayload = {
    userId: "alice",
    message: "hello",
    timestamp: new Date().toISOString(),
  };
  const received = next(bob, "MESSAGE_RECEIVED");
  alice.emit("MESSAGE_SENT", hello);
  const message = await received;
  console.log(
    JSON.stringify({
      step: "delivered",
      valid: isEventPayload("MESSAGE_RECEIVED", message),
      message: message.message,
    }),
  );

  const refused = next(alice, "ERROR_OCCURED");
  // A payload the types would refuse, as a client in another language might send it.
  (alice.emit as (event: string, payload: unknown) => void)("MESSAGE_SENT", { userId: "alice" });
  const error = await refused;
  console.log(
    JSON.stringify({
      step: "rejected",
      errorCode: error.errorCode,
      rejectedByGuard: server.rejected.length,
    }),
  );
} finally {
  alice.close();
  bob.close();
  await server.close();
}
