// The 15 wire event names as docs/protocol.md lists them, written out by hand: tests compare
// what the contract and its derivatives say against this, never against themselves.
export const PROTOCOL_V1_EVENTS = [
  "USER_CONNECTED",
  "USER_DISCONNECTED",
  "MESSAGE_SENT",
  "MESSAGE_RECEIVED",
  "FILE_UPLOADED",
  "USER_STATUS_CHANGED",
  "GROUP_CREATED",
  "GROUP_MEMBER_ADDED",
  "GROUP_MEMBER_REMOVED",
  "NOTIFICATION_RECEIVED",
  "USER_SETTINGS_UPDATED",
  "ERROR_OCCURED",
  "CONNECTION_ERROR",
  "DATA_RECEIVED",
  "USER_CHANGED_GROUP",
] as const;
