"""The server over real Socket.IO connections: the corners python-socketio makes tricky."""

import asyncio
import unittest

import socketio

from chat_server.app import ChatServer
from chat_server.site import start_site
from chat_server.timestamps import timestamp_problem

WAIT_S = 5
TS = "2020-01-01T00:00:00Z"


class Client:
    """A socketio.AsyncClient that records every event it receives, in order."""

    def __init__(self) -> None:
        self.sio = socketio.AsyncClient(reconnection=False)
        self.received: "list[tuple[str, object]]" = []
        self.changed = asyncio.Event()

        @self.sio.on("*")
        async def record(event, *args):
            self.received.append((event, args[0] if len(args) == 1 else args))
            self.changed.set()

    def count(self, event: str) -> int:
        return sum(1 for e, _ in self.received if e == event)

    async def wait_for(self, event: str, count: int = 1) -> "list[object]":
        async def enough():
            while True:
                found = [p for e, p in self.received if e == event]
                if len(found) >= count:
                    return found
                self.changed.clear()
                await self.changed.wait()

        return await asyncio.wait_for(enough(), WAIT_S)


class ServerBehaviour(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.chat = ChatServer()
        self.runner, port = await start_site(self.chat, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{port}"
        self.clients: "list[Client]" = []

    async def asyncTearDown(self):
        for client in self.clients:
            await client.sio.disconnect()
        await self.runner.cleanup()

    async def connect(self, user_id: str) -> Client:
        client = Client()
        self.clients.append(client)
        await client.sio.connect(self.url, auth={"userId": user_id}, transports=["websocket"])
        await client.wait_for("DATA_RECEIVED")
        return client

    async def test_snapshot_comes_first_and_names_the_online_users(self):
        alice = await self.connect("alice")
        bob = await self.connect("bob")
        self.assertEqual(bob.received[0][0], "DATA_RECEIVED")
        snapshot = bob.received[0][1]
        self.assertEqual(snapshot["data"], {"userId": "bob", "channelId": "general", "onlineUsers": ["alice", "bob"], "groups": []})
        self.assertIsNone(timestamp_problem(snapshot["timestamp"]))
        [announced] = await alice.wait_for("USER_CONNECTED")
        self.assertEqual(announced["userId"], "bob")

    async def test_reserved_event_names_from_a_client_are_unknown_events(self):
        alice = await self.connect("alice")
        bob = await self.connect("bob")
        for name in ("connect", "disconnect", "*", "MESSAGE_RECEIVED"):
            await alice.sio.emit(name, {"userId": "alice"})
        errors = await alice.wait_for("ERROR_OCCURED", 4)
        self.assertEqual([e["errorCode"] for e in errors], ["UNKNOWN_EVENT"] * 4)
        # Still connected, still heard: nothing above closed or confused the connection.
        await alice.sio.emit("MESSAGE_SENT", {"userId": "alice", "message": "still here", "timestamp": TS})
        [received] = await bob.wait_for("MESSAGE_RECEIVED")
        self.assertEqual(received["message"], "still here")
        self.assertNotEqual(received["timestamp"], TS)

    async def test_removal_moves_the_removed_users_devices_back_to_general_silently(self):
        alice = await self.connect("alice")
        bob = await self.connect("bob")
        carol = await self.connect("carol")
        await alice.sio.emit("GROUP_CREATED", {"groupId": "g", "creatorId": "alice", "timestamp": TS})
        await bob.wait_for("GROUP_CREATED")
        for user, client in (("bob", bob), ("carol", carol)):
            await alice.sio.emit("GROUP_MEMBER_ADDED", {"groupId": "g", "userId": user, "timestamp": TS})
            await client.wait_for("NOTIFICATION_RECEIVED")
        await bob.sio.emit("USER_CHANGED_GROUP", {"userId": "bob", "newChannelId": {"id": "g"}, "timestamp": TS})
        await carol.sio.emit("USER_CHANGED_GROUP", {"userId": "carol", "newChannelId": "g", "timestamp": TS})
        # Whichever move is handled second is forwarded to the other: both are done then.
        [moved] = await asyncio.wait_for(first_of(bob, carol, "USER_CHANGED_GROUP"), WAIT_S)
        self.assertIsInstance(moved["newChannelId"], str)  # the object form is forwarded as a string
        await alice.sio.emit("GROUP_MEMBER_REMOVED", {"groupId": "g", "userId": "bob", "timestamp": TS})
        await bob.wait_for("NOTIFICATION_RECEIVED", 2)
        # carol's second device in g witnesses that carol's message there was handled, after
        # bob's removal; alice's message in general is sent after that, so reaches bob after.
        carol2 = await self.connect("carol")
        moves_seen = carol.count("USER_CHANGED_GROUP")
        await carol2.sio.emit("USER_CHANGED_GROUP", {"userId": "carol", "newChannelId": "g", "timestamp": TS})
        await carol.wait_for("USER_CHANGED_GROUP", moves_seen + 1)
        await carol.sio.emit("MESSAGE_SENT", {"userId": "carol", "message": "in g", "timestamp": TS})
        await carol2.wait_for("MESSAGE_RECEIVED")
        await alice.sio.emit("MESSAGE_SENT", {"userId": "alice", "message": "in general", "timestamp": TS})
        await bob.wait_for("MESSAGE_RECEIVED")
        self.assertEqual([p["message"] for e, p in bob.received if e == "MESSAGE_RECEIVED"], ["in general"])
        # bob saw at most carol's move into g, and no USER_CHANGED_GROUP for his own move out.
        self.assertTrue(all(p["userId"] == "carol" for e, p in bob.received if e == "USER_CHANGED_GROUP"))


async def first_of(one: Client, other: Client, event: str) -> "list[object]":
    done, pending = await asyncio.wait(
        [asyncio.ensure_future(one.wait_for(event)), asyncio.ensure_future(other.wait_for(event))],
        return_when=asyncio.FIRST_COMPLETED,
    )
    for task in pending:
        task.cancel()
    return done.pop().result()

if __name__ == "__main__":
    unittest.main()
