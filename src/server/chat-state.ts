// The server's memory of users and groups. In memory only: a restart forgets every group
// and membership. Which connection is in which channel lives in Socket.IO rooms
// (see channels.ts); this file knows nothing of sockets, so it is tested on its own.

/** The channel every connection starts in; every user is a member; it is not a group. */
export const GENERAL = "general";

export class ChatState {
  /** groupId -> member userIds. A group left without members still exists. */
  private readonly groups = new Map<string, Set<string>>();
  /** userId -> groupIds, the reverse index, so a snapshot does not scan every group. */
  private readonly memberships = new Map<string, Set<string>>();
  /** userId -> number of open connections. */
  private readonly connections = new Map<string, number>();

  /** Counts a new connection; true when it is the user's first. */
  connect(userId: string): boolean {
    const count = this.connections.get(userId) ?? 0;
    this.connections.set(userId, count + 1);
    return count === 0;
  }

  /** Counts a closed connection; true when it was the user's last. */
  disconnect(userId: string): boolean {
    const count = (this.connections.get(userId) ?? 0) - 1;
    if (count > 0) {
      this.connections.set(userId, count);
      return false;
    }
    this.connections.delete(userId);
    return true;
  }

  onlineUsers(): string[] {
    return [...this.connections.keys()];
  }

  hasGroup(groupId: string): boolean {
    return this.groups.has(groupId);
  }

  createGroup(groupId: string, creatorId: string): void {
    this.groups.set(groupId, new Set());
    this.addMember(groupId, creatorId);
  }

  isMember(groupId: string, userId: string): boolean {
    return this.groups.get(groupId)?.has(userId) ?? false;
  }

  membersOf(groupId: string): string[] {
    return [...(this.groups.get(groupId) ?? [])];
  }

  groupsOf(userId: string): string[] {
    return [...(this.memberships.get(userId) ?? [])];
  }

  addMember(groupId: string, userId: string): void {
    this.groups.get(groupId)?.add(userId);
    let groups = this.memberships.get(userId);
    if (groups === undefined) this.memberships.set(userId, (groups = new Set()));
    groups.add(groupId);
  }

  removeMember(groupId: string, userId: string): void {
    this.groups.get(groupId)?.delete(userId);
    const groups = this.memberships.get(userId);
    groups?.delete(groupId);
    // Drop empty entries so users who leave everything cost nothing.
    if (groups?.size === 0) this.memberships.delete(userId);
  }
}
