/* eslint-disable */
// GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.

export const PROTOCOL = {
  "title": "Chat IO server protocol",
  "version": "1.0.0"
} as const;

/** SHA-256 of the asyncapi.yaml these files were generated from. */
export const SPEC_SHA256 = "937764d70aac8d6808c406678be8dcd930b1e8d9f00205169b0c477cdf2ad1a5";

/** Every event of the contract, in the order of asyncapi.yaml. */
export const EVENT_NAMES = [
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
  "USER_CHANGED_GROUP"
] as const;

export type EventName = (typeof EVENT_NAMES)[number];

/** Events the server may emit (connect_error data excluded). */
export const SERVER_TO_CLIENT_EVENTS = [
  "USER_CONNECTED",
  "USER_DISCONNECTED",
  "MESSAGE_RECEIVED",
  "FILE_UPLOADED",
  "USER_STATUS_CHANGED",
  "GROUP_CREATED",
  "GROUP_MEMBER_ADDED",
  "GROUP_MEMBER_REMOVED",
  "NOTIFICATION_RECEIVED",
  "USER_SETTINGS_UPDATED",
  "ERROR_OCCURED",
  "DATA_RECEIVED",
  "USER_CHANGED_GROUP"
] as const;

export type ServerToClientEventName = (typeof SERVER_TO_CLIENT_EVENTS)[number];

/** Events the server accepts from clients. */
export const CLIENT_TO_SERVER_EVENTS = [
  "MESSAGE_SENT",
  "FILE_UPLOADED",
  "USER_STATUS_CHANGED",
  "GROUP_CREATED",
  "GROUP_MEMBER_ADDED",
  "GROUP_MEMBER_REMOVED",
  "USER_SETTINGS_UPDATED",
  "USER_CHANGED_GROUP"
] as const;

export type ClientToServerEventName = (typeof CLIENT_TO_SERVER_EVENTS)[number];

/** The errorCode values of ERROR_OCCURED. */
export const ERROR_CODES = [
  "INVALID_PAYLOAD",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "UNKNOWN_EVENT",
  "RATE_LIMITED",
  "INTERNAL"
] as const;

export type KnownErrorCode = (typeof ERROR_CODES)[number];

export const HANDSHAKE = {
  "connectErrorMessage": "CONNECTION_ERROR",
  "errorCodes": [
    "AUTH_REQUIRED",
    "AUTH_INVALID"
  ]
} as const;

/** Each event's metadata and examples, by name. */
export const EVENTS = {
  "USER_CONNECTED": {
    "name": "USER_CONNECTED",
    "title": "User connected",
    "summary": "A user's first connection opened.",
    "directions": [
      "server-to-client"
    ],
    "delivery": "event",
    "payloadType": "UserConnectedPayload",
    "errorCodes": [],
    "maxDepth": {},
    "examples": [
      {
        "name": "alice-connects",
        "summary": "Alice opens the app on her phone.",
        "payload": {
          "userId": "alice",
          "timestamp": "2026-11-28T09:15:02.114Z"
        }
      }
    ]
  },
  "USER_DISCONNECTED": {
    "name": "USER_DISCONNECTED",
    "title": "User disconnected",
    "summary": "A user's last connection closed.",
    "directions": [
      "server-to-client"
    ],
    "delivery": "event",
    "payloadType": "UserDisconnectedPayload",
    "errorCodes": [],
    "maxDepth": {},
    "examples": [
      {
        "name": "bob-leaves",
        "summary": "Bob closes his last tab.",
        "payload": {
          "userId": "bob",
          "timestamp": "2026-11-28T18:42:57.003Z"
        }
      }
    ]
  },
  "MESSAGE_SENT": {
    "name": "MESSAGE_SENT",
    "title": "Message sent",
    "summary": "A client posts a chat message in its current channel.",
    "directions": [
      "client-to-server"
    ],
    "delivery": "event",
    "payloadType": "MessageSentPayload",
    "errorCodes": [],
    "maxDepth": {},
    "examples": [
      {
        "name": "lunch-question",
        "summary": "Alice asks about lunch in general.",
        "payload": {
          "userId": "alice",
          "message": "Anyone up for lunch at 12:30? 🍜",
          "timestamp": "2026-11-28T11:58:10.500Z"
        }
      }
    ]
  },
  "MESSAGE_RECEIVED": {
    "name": "MESSAGE_RECEIVED",
    "title": "Message received",
    "summary": "A chat message delivered to a channel's members.",
    "directions": [
      "server-to-client"
    ],
    "delivery": "event",
    "payloadType": "MessageReceivedPayload",
    "errorCodes": [],
    "maxDepth": {},
    "examples": [
      {
        "name": "lunch-question-delivered",
        "summary": "Bob receives Alice's question.",
        "payload": {
          "userId": "alice",
          "message": "Anyone up for lunch at 12:30? 🍜",
          "timestamp": "2026-11-28T11:58:10.512Z"
        }
      }
    ]
  },
  "FILE_UPLOADED": {
    "name": "FILE_UPLOADED",
    "title": "File uploaded",
    "summary": "A file was uploaded (metadata only).",
    "directions": [
      "server-to-client",
      "client-to-server"
    ],
    "delivery": "event",
    "payloadType": "FileUploadedPayload",
    "errorCodes": [],
    "maxDepth": {},
    "examples": [
      {
        "name": "quarterly-report",
        "summary": "Alice shares a PDF.",
        "payload": {
          "userId": "alice",
          "fileName": "Q3-report.pdf",
          "fileSize": 482113,
          "timestamp": "2026-11-28T14:03:44.270Z"
        }
      }
    ]
  },
  "USER_STATUS_CHANGED": {
    "name": "USER_STATUS_CHANGED",
    "title": "User status changed",
    "summary": "A user's presence status changed.",
    "directions": [
      "server-to-client",
      "client-to-server"
    ],
    "delivery": "event",
    "payloadType": "UserStatusChangedPayload",
    "errorCodes": [],
    "maxDepth": {},
    "examples": [
      {
        "name": "bob-busy",
        "summary": "Bob goes into a meeting.",
        "payload": {
          "userId": "bob",
          "newStatus": "busy",
          "timestamp": "2026-11-28T10:00:00.000Z"
        }
      }
    ]
  },
  "GROUP_CREATED": {
    "name": "GROUP_CREATED",
    "title": "Group created",
    "summary": "A new group (and channel) was created.",
    "directions": [
      "server-to-client",
      "client-to-server"
    ],
    "delivery": "event",
    "payloadType": "GroupCreatedPayload",
    "errorCodes": [],
    "maxDepth": {},
    "examples": [
      {
        "name": "design-team",
        "summary": "Alice creates the design team's group.",
        "payload": {
          "groupId": "design-team",
          "creatorId": "alice",
          "timestamp": "2026-11-28T09:30:12.001Z"
        }
      }
    ]
  },
  "GROUP_MEMBER_ADDED": {
    "name": "GROUP_MEMBER_ADDED",
    "title": "Group member added",
    "summary": "A user was added to a group.",
    "directions": [
      "server-to-client",
      "client-to-server"
    ],
    "delivery": "event",
    "payloadType": "GroupMemberAddedPayload",
    "errorCodes": [],
    "maxDepth": {},
    "examples": [
      {
        "name": "bob-joins-design",
        "summary": "Alice adds Bob to the design team.",
        "payload": {
          "groupId": "design-team",
          "userId": "bob",
          "timestamp": "2026-11-28T09:31:40.730Z"
        }
      }
    ]
  },
  "GROUP_MEMBER_REMOVED": {
    "name": "GROUP_MEMBER_REMOVED",
    "title": "Group member removed",
    "summary": "A user was removed from a group.",
    "directions": [
      "server-to-client",
      "client-to-server"
    ],
    "delivery": "event",
    "payloadType": "GroupMemberRemovedPayload",
    "errorCodes": [],
    "maxDepth": {},
    "examples": [
      {
        "name": "bob-leaves-design",
        "summary": "Alice removes Bob from the design team.",
        "payload": {
          "groupId": "design-team",
          "userId": "bob",
          "timestamp": "2026-11-28T16:20:05.318Z"
        }
      }
    ]
  },
  "NOTIFICATION_RECEIVED": {
    "name": "NOTIFICATION_RECEIVED",
    "title": "Notification received",
    "summary": "A user is told that someone else changed their group membership.",
    "directions": [
      "server-to-client"
    ],
    "delivery": "event",
    "payloadType": "NotificationReceivedPayload",
    "errorCodes": [],
    "maxDepth": {},
    "examples": [
      {
        "name": "bob-was-added",
        "summary": "Bob learns that he was added to a group.",
        "payload": {
          "userId": "bob",
          "notificationType": "GROUP_MEMBER_ADDED",
          "timestamp": "2026-11-28T09:31:40.733Z"
        }
      }
    ]
  },
  "USER_SETTINGS_UPDATED": {
    "name": "USER_SETTINGS_UPDATED",
    "title": "User settings updated",
    "summary": "A user changed one of their settings.",
    "directions": [
      "server-to-client",
      "client-to-server"
    ],
    "delivery": "event",
    "payloadType": "UserSettingsUpdatedPayload",
    "errorCodes": [],
    "maxDepth": {
      "/newValue": 32
    },
    "examples": [
      {
        "name": "dark-theme",
        "summary": "Alice switches to the dark theme on her laptop.",
        "payload": {
          "userId": "alice",
          "settingName": "theme",
          "newValue": "dark",
          "timestamp": "2026-11-28T20:05:11.402Z"
        }
      },
      {
        "name": "quiet-hours",
        "summary": "Alice sets her quiet hours; the value is an object.",
        "payload": {
          "userId": "alice",
          "settingName": "quietHours",
          "newValue": {
            "from": "22:00",
            "to": "07:00"
          },
          "timestamp": "2026-11-28T20:06:30.000Z"
        }
      }
    ]
  },
  "ERROR_OCCURED": {
    "name": "ERROR_OCCURED",
    "title": "Error occurred",
    "summary": "The server rejected an event of this connection.",
    "directions": [
      "server-to-client"
    ],
    "delivery": "event",
    "payloadType": "ErrorOccuredPayload",
    "errorCodes": [
      "INVALID_PAYLOAD",
      "FORBIDDEN",
      "NOT_FOUND",
      "CONFLICT",
      "UNKNOWN_EVENT",
      "RATE_LIMITED",
      "INTERNAL"
    ],
    "maxDepth": {},
    "examples": [
      {
        "name": "impersonation",
        "summary": "Bob tried to post as Alice.",
        "payload": {
          "errorCode": "FORBIDDEN",
          "errorMessage": "MESSAGE_SENT: userId \"alice\" is not the sender (bob)",
          "timestamp": "2026-11-28T12:01:09.877Z"
        }
      },
      {
        "name": "invalid-payload",
        "summary": "A message too long for the contract.",
        "payload": {
          "errorCode": "INVALID_PAYLOAD",
          "errorMessage": "MESSAGE_SENT /message: must NOT have more than 4000 characters",
          "timestamp": "2026-11-28T12:01:10.002Z"
        }
      }
    ]
  },
  "CONNECTION_ERROR": {
    "name": "CONNECTION_ERROR",
    "title": "Connection error",
    "summary": "The server rejected a handshake.",
    "directions": [
      "server-to-client"
    ],
    "delivery": "connect_error",
    "payloadType": "ConnectionErrorPayload",
    "errorCodes": [
      "AUTH_REQUIRED",
      "AUTH_INVALID"
    ],
    "maxDepth": {},
    "examples": [
      {
        "name": "missing-user",
        "summary": "A client connected without a userId.",
        "payload": {
          "errorCode": "AUTH_REQUIRED",
          "errorMessage": "auth.userId is required: a string of 1 to 64 characters",
          "timestamp": "2026-11-28T08:59:59.999Z"
        }
      }
    ]
  },
  "DATA_RECEIVED": {
    "name": "DATA_RECEIVED",
    "title": "Data received",
    "summary": "The server sends data to one connection.",
    "directions": [
      "server-to-client"
    ],
    "delivery": "event",
    "payloadType": "DataReceivedPayload",
    "errorCodes": [],
    "maxDepth": {
      "/data": 32
    },
    "examples": [
      {
        "name": "session-snapshot",
        "summary": "Bob's snapshot on connecting.",
        "payload": {
          "dataType": "SESSION_SNAPSHOT",
          "data": {
            "userId": "bob",
            "channelId": "general",
            "onlineUsers": [
              "alice",
              "bob"
            ],
            "groups": [
              "design-team"
            ]
          },
          "timestamp": "2026-11-28T09:00:00.020Z"
        }
      }
    ]
  },
  "USER_CHANGED_GROUP": {
    "name": "USER_CHANGED_GROUP",
    "title": "User changed group",
    "summary": "A connection moved to another channel.",
    "directions": [
      "server-to-client",
      "client-to-server"
    ],
    "delivery": "event",
    "payloadType": "UserChangedGroupPayload",
    "errorCodes": [],
    "maxDepth": {},
    "examples": [
      {
        "name": "into-design",
        "summary": "Bob opens the design team's channel.",
        "payload": {
          "userId": "bob",
          "newChannelId": "design-team",
          "timestamp": "2026-11-28T09:32:00.000Z"
        }
      },
      {
        "name": "object-form",
        "summary": "A client may name the channel as an object.",
        "payload": {
          "userId": "bob",
          "newChannelId": {
            "id": "general",
            "name": "General"
          },
          "timestamp": "2026-11-28T09:45:00.000Z"
        }
      }
    ]
  }
} as const;
