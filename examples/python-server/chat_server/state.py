"""What the server remembers, in memory: connections, their channels, groups and members.

Pure data, no I/O, so that each handler can check and change it in one step: nothing
here awaits, so with asyncio no other handler runs in the middle of a check-then-change.
"""

from dataclasses import dataclass, field

GENERAL = "general"


@dataclass
class Connection:
    sid: str
    user_id: str
    channel_id: str = GENERAL


@dataclass
class ChatState:
    connections: "dict[str, Connection]" = field(default_factory=dict)
    # group id -> member user ids. A group outlives its last member.
    groups: "dict[str, set[str]]" = field(default_factory=dict)

    def connect(self, sid: str, user_id: str) -> bool:
        """Adds a connection in `general`; True when it is the user's first one."""
        first = not self.is_online(user_id)
        self.connections[sid] = Connection(sid, user_id)
        return first

    def disconnect(self, sid: str) -> "tuple[Connection | None, bool]":
        """Removes a connection; the flag is True when it was its user's last one."""
        gone = self.connections.pop(sid, None)
        return gone, gone is not None and not self.is_online(gone.user_id)

    def is_online(self, user_id: str) -> bool:
        return any(c.user_id == user_id for c in self.connections.values())

    def online_users(self) -> "list[str]":
        return sorted({c.user_id for c in self.connections.values()})

    def groups_of(self, user_id: str) -> "list[str]":
        return sorted(g for g, members in self.groups.items() if user_id in members)

    def channel_exists(self, channel_id: str) -> bool:
        return channel_id == GENERAL or channel_id in self.groups

    def is_member(self, group_id: str, user_id: str) -> bool:
        return user_id in self.groups.get(group_id, ())

    def devices_of(self, user_id: str) -> "list[Connection]":
        return [c for c in self.connections.values() if c.user_id == user_id]
