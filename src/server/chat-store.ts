// The protocol state as an asynchronous interface, so it can live outside the process.
// The single-process server keeps using ChatState directly (synchronous handlers keep one
// connection's replies in order with the guard's); the cluster handlers (cluster/) use a
// ChatStore: RedisChatStore across nodes, or memoryChatStore(state) for tests in one process.
// Each operation is one atomic step: check and change together, so two nodes racing on the
// same group or user cannot both win.
import { ChatState } from "./chat-state.ts";

/** Why a membership change was refused; the handler turns it into the contract's Rejection. */
export type MembershipProblem = "NO_GROUP" | "SENDER_NOT_MEMBER" | "ALREADY_MEMBER" | "NOT_MEMBER";

export type MembershipChange =
  | { ok: true; /** the group's members after the change */ members: string[] }
  | { ok: false; problem: MembershipProblem };

export interface ChatStore {
  /** Counts a new connection of `userId`; true when it is the user's first anywhere. */
  connect(userId: string): Promise<boolean>;
  /** Counts a closed connection; true when it was the user's last anywhere. */
  disconnect(userId: string): Promise<boolean>;
  onlineUsers(): Promise<string[]>;
  groupsOf(userId: string): Promise<string[]>;
  /** Creates the group with its creator as first member; false when it already exists. */
  createGroup(groupId: string, creatorId: string): Promise<boolean>;
  /** "NO_GROUP", "SENDER_NOT_MEMBER" or undefined when `userId` is a member of the group. */
  membershipProblem(groupId: string, userId: string): Promise<MembershipProblem | undefined>;
  /** `by` must be a member of an existing group; `userId` must not be one yet. */
  addMember(groupId: string, by: string, userId: string): Promise<MembershipChange>;
  /** `by` must be a member of an existing group; `userId` must be one. */
  removeMember(groupId: string, by: string, userId: string): Promise<MembershipChange>;
}

/** A ChatStore over one process's ChatState (atomic because nothing else runs in between). */
export function memoryChatStore(state = new ChatState()): ChatStore {
  const problem = (groupId: string, userId: string): MembershipProblem | undefined => {
    if (!state.hasGroup(groupId)) return "NO_GROUP";
    return state.isMember(groupId, userId) ? undefined : "SENDER_NOT_MEMBER";
  };
  return {
    connect: async (userId) => state.connect(userId),
    disconnect: async (userId) => state.disconnect(userId),
    onlineUsers: async () => state.onlineUsers(),
    groupsOf: async (userId) => state.groupsOf(userId),
    createGroup: async (groupId, creatorId) => {
      if (state.hasGroup(groupId)) return false;
      state.createGroup(groupId, creatorId);
      return true;
    },
    membershipProblem: async (groupId, userId) => problem(groupId, userId),
    addMember: async (groupId, by, userId) => {
      const refused = problem(groupId, by);
      if (refused !== undefined) return { ok: false, problem: refused };
      if (state.isMember(groupId, userId)) return { ok: false, problem: "ALREADY_MEMBER" };
      state.addMember(groupId, userId);
      return { ok: true, members: state.membersOf(groupId) };
    },
    removeMember: async (groupId, by, userId) => {
      const refused = problem(groupId, by);
      if (refused !== undefined) return { ok: false, problem: refused };
      if (!state.isMember(groupId, userId)) return { ok: false, problem: "NOT_MEMBER" };
      state.removeMember(groupId, userId);
      return { ok: true, members: state.membersOf(groupId) };
    },
  };
}
