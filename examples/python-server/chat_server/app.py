"""The Socket.IO side: handshake, the eight client events, forwards and rejections.

python-socketio's defaults are kept on purpose: with async_handlers=True every inbound
event runs in its own task, so one connection's events may be handled out of order.
Each handler therefore checks and changes the state without awaiting in between, and
only then emits.

Rooms: "online" holds every accepted connection, "user:ID" a user's devices and
"channel:ID" the connections in a channel. python-socketio puts each sid in a room of
its own too; those are not used.
"""

import asyncio
import hmac
import logging
from typing import Awaitable, Callable, Optional

import socketio

from . import timestamps
from .errors import Rejection, quote
from .payloads import CLIENT_EVENTS, channel_id, identifier, payload_problem
from .rate_limit import TokenBucket
from .state import GENERAL, ChatState, Connection

log = logging.getLogger("chat_server")

ONLINE = "online"
# Engine.IO closes a connection whose packet is bigger; a valid MESSAGE_SENT is ~16 KB.
MAX_PAYLOAD_BYTES = 100_000

Handler = Callable[[Connection, dict], Awaitable[None]]


def user_room(user_id: str) -> str:
    return "user:" + user_id


def channel_room(channel: str) -> str:
    return "channel:" + channel


class ChatServer:
    def __init__(self, token: Optional[str] = None, rate_limit: float = 500) -> None:
        self.token = token
        self.rate_limit = rate_limit
        self.state = ChatState()
        self.buckets: "dict[str, TokenBucket]" = {}
        # Accepted handshakes whose arrival (snapshot, USER_CONNECTED) has not run yet.
        self.arriving: "dict[str, str]" = {}
        self.sio = socketio.AsyncServer(
            async_mode="aiohttp",
            cors_allowed_origins="*",
            max_http_buffer_size=MAX_PAYLOAD_BYTES,
        )
        self.sio.on("connect", self.on_connect)
        self.sio.on("disconnect", self.on_disconnect)
        self.sio.on("*", self.on_unknown_event)
        handlers: "dict[str, Handler]" = {
            "MESSAGE_SENT": self.message_sent,
            "FILE_UPLOADED": self.file_uploaded,
            "USER_STATUS_CHANGED": self.user_status_changed,
            "GROUP_CREATED": self.group_created,
            "GROUP_MEMBER_ADDED": self.group_member_added,
            "GROUP_MEMBER_REMOVED": self.group_member_removed,
            "USER_SETTINGS_UPDATED": self.user_settings_updated,
            "USER_CHANGED_GROUP": self.user_changed_group,
        }
        assert set(handlers) == CLIENT_EVENTS, "one handler per client-to-server event"
        for event, handler in handlers.items():
            self.sio.on(event, self._inbound(event, handler))

    # -- handshake and presence ------------------------------------------------------

    async def on_connect(self, sid: str, *args: object) -> None:
        if sid in self.state.connections or sid in self.arriving:
            # A client event named "connect" reaches this handler too (python-socketio
            # routes it by name): it is not one of the eight events a client may send.
            await self.reject(sid, Rejection("UNKNOWN_EVENT", '"connect" is not an event clients may send'))
            return
        auth = args[1] if len(args) > 1 else None
        user_id = self.check_handshake(auth)
        self.arriving[sid] = user_id
        # The snapshot must follow the CONNECT packet, which python-socketio sends when
        # this handler returns: a task started now runs after that.
        self.sio.start_background_task(self.arrive, sid)

    def check_handshake(self, auth: object) -> str:
        """The user id of an acceptable handshake; raises ConnectionRefusedError otherwise."""
        if not isinstance(auth, dict) or identifier(auth.get("userId")) is not None:
            refuse("AUTH_REQUIRED", "auth.userId is required: a string of 1 to 64 characters")
        given = auth.get("token")
        if "token" in auth and not isinstance(given, str):
            refuse("AUTH_INVALID", "auth.token must be a string")
        if self.token is not None:
            if given is None:
                refuse("AUTH_INVALID", "auth.token is required by this server")
            if not hmac.compare_digest(given.encode("utf-8", "surrogatepass"), self.token.encode()):
                refuse("AUTH_INVALID", "auth.token does not match the server's token")
        return auth["userId"]

    async def arrive(self, sid: str) -> None:
        user_id = self.arriving.pop(sid, None)
        if user_id is None:  # the connection closed before its arrival ran
            return
        first = self.state.connect(sid, user_id)
        for room in (ONLINE, user_room(user_id), channel_room(GENERAL)):
            self.sio.enter_room(sid, room)
        if self.rate_limit > 0:
            self.buckets[sid] = TokenBucket(self.rate_limit)
        snapshot = {
            "userId": user_id,
            "channelId": GENERAL,
            "onlineUsers": self.state.online_users(),
            "groups": self.state.groups_of(user_id),
        }
        await self.send("DATA_RECEIVED", {"dataType": "SESSION_SNAPSHOT", "data": snapshot}, to=sid)
        if first:
            await self.send("USER_CONNECTED", {"userId": user_id}, room=ONLINE, skip=sid)

    async def on_disconnect(self, sid: str, *args: object) -> None:
        if self.sio.manager.is_connected(sid, "/"):
            # A client event named "disconnect": on a real disconnect python-socketio has
            # already marked the sid as leaving.
            await self.reject(sid, Rejection("UNKNOWN_EVENT", '"disconnect" is not an event clients may send'))
            return
        self.arriving.pop(sid, None)
        self.buckets.pop(sid, None)
        gone, last = self.state.disconnect(sid)
        if gone is None:
            return
        for room in (ONLINE, user_room(gone.user_id), channel_room(gone.channel_id)):
            self.sio.leave_room(sid, room)
        if last:
            await self.send("USER_DISCONNECTED", {"userId": gone.user_id}, room=ONLINE)

    # -- inbound events: the order of checks -------------------------------------------

    async def on_unknown_event(self, *args: object) -> None:
        # python-socketio calls the "*" handler with (event, sid, *data), but an event
        # literally named "*" with (sid, *data): the sender's sid comes second, or first.
        if len(args) >= 2 and self.is_connection(args[1]):
            event, sid = args[0], str(args[1])
        else:
            event, sid = "*", str(args[0])
        # Answered before the rate limit: the suite uses this to ask whether we listen.
        await self.reject(sid, Rejection("UNKNOWN_EVENT", f"{quote(event)} is not an event clients may send"))

    def _inbound(self, event: str, handler: Handler) -> Callable[..., Awaitable[None]]:
        async def receive(sid: str, *args: object) -> None:
            try:
                connection = self.state.connections.get(sid)
                if connection is None:
                    raise Rejection("INTERNAL", f"{event}: this connection is not set up yet")
                bucket = self.buckets.get(sid)
                if bucket is not None and not bucket.take():
                    raise Rejection("RATE_LIMITED", f"{event}: too many events; dropped, send it again later")
                problem = payload_problem(event, args)
                if problem is not None:
                    raise Rejection("INVALID_PAYLOAD", problem)
                await handler(connection, args[0])  # type: ignore[arg-type]
            except Rejection as rejection:
                await self.reject(sid, rejection)
            except Exception:
                log.exception("%s from %s failed", event, sid)
                await self.reject(sid, Rejection("INTERNAL", f"{event}: the server failed while handling it"))

        return receive

    def is_connection(self, value: object) -> bool:
        return isinstance(value, str) and self.sio.manager.is_connected(value, "/")

    async def reject(self, sid: str, rejection: Rejection) -> None:
        payload = {"errorCode": rejection.code, "errorMessage": rejection.message}
        await self.send("ERROR_OCCURED", payload, to=sid)

    # -- the eight events ----------------------------------------------------------------

    async def message_sent(self, sender: Connection, payload: dict) -> None:
        require_self(sender, "MESSAGE_SENT", "userId", payload["userId"])
        forward = {"userId": payload["userId"], "message": payload["message"]}
        await self.send("MESSAGE_RECEIVED", forward, room=channel_room(sender.channel_id), skip=sender.sid)

    async def file_uploaded(self, sender: Connection, payload: dict) -> None:
        require_self(sender, "FILE_UPLOADED", "userId", payload["userId"])
        forward = {key: payload[key] for key in ("userId", "fileName", "fileSize")}
        await self.send("FILE_UPLOADED", forward, room=channel_room(sender.channel_id), skip=sender.sid)

    async def user_status_changed(self, sender: Connection, payload: dict) -> None:
        require_self(sender, "USER_STATUS_CHANGED", "userId", payload["userId"])
        forward = {"userId": payload["userId"], "newStatus": payload["newStatus"]}
        await self.send("USER_STATUS_CHANGED", forward, room=ONLINE, skip=sender.sid)

    async def user_settings_updated(self, sender: Connection, payload: dict) -> None:
        require_self(sender, "USER_SETTINGS_UPDATED", "userId", payload["userId"])
        forward = {key: payload[key] for key in ("userId", "settingName", "newValue")}
        await self.send("USER_SETTINGS_UPDATED", forward, room=user_room(sender.user_id), skip=sender.sid)

    async def group_created(self, sender: Connection, payload: dict) -> None:
        group_id, creator_id = payload["groupId"], payload["creatorId"]
        require_self(sender, "GROUP_CREATED", "creatorId", creator_id)
        if self.state.channel_exists(group_id):
            raise Rejection("CONFLICT", f"GROUP_CREATED: group {quote(group_id)} already exists")
        self.state.groups[group_id] = {creator_id}
        forward = {"groupId": group_id, "creatorId": creator_id}
        await self.send("GROUP_CREATED", forward, room=ONLINE, skip=sender.sid)

    async def group_member_added(self, sender: Connection, payload: dict) -> None:
        group_id, user_id = payload["groupId"], payload["userId"]
        members = self.require_group_member(sender, "GROUP_MEMBER_ADDED", group_id)
        if user_id in members:
            raise Rejection("CONFLICT", f"GROUP_MEMBER_ADDED: {quote(user_id)} is already a member of {quote(group_id)}")
        members.add(user_id)
        forward = {"groupId": group_id, "userId": user_id}
        await self.send_to_users("GROUP_MEMBER_ADDED", forward, members, skip=sender.sid)
        await self.notify_if_someone_else(sender, user_id, "GROUP_MEMBER_ADDED")

    async def group_member_removed(self, sender: Connection, payload: dict) -> None:
        group_id, user_id = payload["groupId"], payload["userId"]
        members = self.require_group_member(sender, "GROUP_MEMBER_REMOVED", group_id)
        if user_id not in members:
            raise Rejection("NOT_FOUND", f"GROUP_MEMBER_REMOVED: {quote(user_id)} is not a member of {quote(group_id)}")
        members.discard(user_id)
        # Their devices in the group's channel go back to general, silently: the
        # GROUP_MEMBER_REMOVED they receive says so.
        for device in self.state.devices_of(user_id):
            if device.channel_id == group_id:
                self.move(device, GENERAL)
        forward = {"groupId": group_id, "userId": user_id}
        await self.send_to_users("GROUP_MEMBER_REMOVED", forward, members | {user_id}, skip=sender.sid)
        await self.notify_if_someone_else(sender, user_id, "GROUP_MEMBER_REMOVED")

    async def user_changed_group(self, sender: Connection, payload: dict) -> None:
        require_self(sender, "USER_CHANGED_GROUP", "userId", payload["userId"])
        destination = channel_id(payload["newChannelId"])
        if destination != GENERAL:
            if destination not in self.state.groups:
                raise Rejection("NOT_FOUND", f"USER_CHANGED_GROUP: channel {quote(destination)} does not exist")
            if not self.state.is_member(destination, sender.user_id):
                raise Rejection(
                    "FORBIDDEN", f"USER_CHANGED_GROUP: {sender.user_id} is not a member of group {quote(destination)}"
                )
        # Those already there are the room minus the mover, before or after the move.
        self.move(sender, destination)
        forward = {"userId": sender.user_id, "newChannelId": destination}
        await self.send("USER_CHANGED_GROUP", forward, room=channel_room(destination), skip=sender.sid)

    # -- rules and delivery --------------------------------------------------------------

    def require_group_member(self, sender: Connection, event: str, group_id: str) -> "set[str]":
        """The members of a group the sender may change: general, unknown, not a member, in that order."""
        if group_id == GENERAL:
            raise Rejection("FORBIDDEN", f'{event}: "general" is not a group; its membership cannot change')
        members = self.state.groups.get(group_id)
        if members is None:
            raise Rejection("NOT_FOUND", f"{event}: group {quote(group_id)} does not exist")
        if sender.user_id not in members:
            raise Rejection("FORBIDDEN", f"{event}: {sender.user_id} is not a member of group {quote(group_id)}")
        return members

    def move(self, connection: Connection, destination: str) -> None:
        self.sio.leave_room(connection.sid, channel_room(connection.channel_id))
        self.sio.enter_room(connection.sid, channel_room(destination))
        connection.channel_id = destination

    async def notify_if_someone_else(self, sender: Connection, user_id: str, change: str) -> None:
        if user_id != sender.user_id:
            notification = {"userId": user_id, "notificationType": change}
            await self.send("NOTIFICATION_RECEIVED", notification, room=user_room(user_id))

    async def send_to_users(self, event: str, payload: dict, user_ids: "set[str]", skip: str) -> None:
        # A connection belongs to one user, so no connection is sent this twice.
        stamped = {**payload, "timestamp": timestamps.now()}
        await asyncio.gather(
            *(self.sio.emit(event, stamped, room=user_room(u), skip_sid=skip) for u in sorted(user_ids))
        )

    async def send(
        self, event: str, payload: dict, *, to: Optional[str] = None, room: Optional[str] = None, skip: Optional[str] = None
    ) -> None:
        """Emits with the server's own clock, whatever the client's payload said."""
        stamped = {**payload, "timestamp": timestamps.now()}
        await self.sio.emit(event, stamped, to=to, room=room, skip_sid=skip)


def require_self(sender: Connection, event: str, field: str, user_id: str) -> None:
    if user_id != sender.user_id:
        raise Rejection("FORBIDDEN", f"{event}: {field} {quote(user_id)} is not the sender ({sender.user_id})")


def refuse(code: str, message: str) -> None:
    """Refuses the handshake: a CONNECT_ERROR whose message is CONNECTION_ERROR and data the payload."""
    data = {"errorCode": code, "errorMessage": message, "timestamp": timestamps.now()}
    raise socketio.exceptions.ConnectionRefusedError("CONNECTION_ERROR", data)
