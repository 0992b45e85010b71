// The Lua scripts that make every check-and-change of the cluster state one atomic step in
// Redis (a script runs with nothing else in between). Key layout, under a prefix (default
// "chat:"):
//   online              hash  userId -> connections over every node
//   node:<id>:users     hash  userId -> connections on that node (to undo a dead node)
//   node:<id>:alive     string with a TTL, refreshed by the node's heartbeat
//   nodes               set   node ids that may hold connections
//   groups              set   group ids (a group without members still exists)
//   group:<id>          set   member userIds
//   user:<id>:groups    set   the reverse index, for the session snapshot
// The sweep builds node keys inside the script, so this layout is for one Redis server
// (or a primary with replicas), not Redis Cluster.

/** KEYS: node users, online. ARGV: userId. Returns 1 for the user's first connection anywhere. */
export const CONNECT = `
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
if redis.call('HINCRBY', KEYS[2], ARGV[1], 1) == 1 then return 1 end
return 0`;

/**
 * KEYS: node users, online. ARGV: userId. Returns 1 for the user's last connection anywhere.
 * A connection this node no longer holds in Redis (the sweep took the node for dead) has
 * already been counted out and announced: nothing to undo.
 */
export const DISCONNECT = `
local here = redis.call('HINCRBY', KEYS[1], ARGV[1], -1)
if here <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
if here < 0 then return 0 end
if redis.call('HINCRBY', KEYS[2], ARGV[1], -1) <= 0 then
  redis.call('HDEL', KEYS[2], ARGV[1])
  return 1
end
return 0`;

/**
 * KEYS: nodes, online. ARGV: key prefix, this node's id. Every node whose heartbeat key has
 * expired is removed and its connections counted out; returns the users left with none.
 * Atomic, so when several nodes sweep at once each gone user is returned (announced) once.
 */
export const SWEEP_DEAD_NODES = `
local gone = {}
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if id ~= ARGV[2] and redis.call('EXISTS', ARGV[1] .. 'node:' .. id .. ':alive') == 0 then
    local usersKey = ARGV[1] .. 'node:' .. id .. ':users'
    local users = redis.call('HGETALL', usersKey)
    for i = 1, #users, 2 do
      if redis.call('HINCRBY', KEYS[2], users[i], -tonumber(users[i + 1])) <= 0 then
        redis.call('HDEL', KEYS[2], users[i])
        table.insert(gone, users[i])
      end
    end
    redis.call('DEL', usersKey)
    redis.call('SREM', KEYS[1], id)
  end
end
return gone`;

/**
 * KEYS: node users, online. ARGV: userId, count, userId, count, ... (this node's arrived
 * connections). After a reconnection to Redis: raises what Redis holds for this node to what
 * the node knows it has, never lowers it, so it restores presence that a Redis restart
 * without persistence lost and changes nothing when Redis kept it.
 */
export const RESTORE_NODE = `
for i = 1, #ARGV, 2 do
  local want = tonumber(ARGV[i + 1])
  local have = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0')
  if want > have then
    redis.call('HSET', KEYS[1], ARGV[i], want)
    redis.call('HINCRBY', KEYS[2], ARGV[i], want - have)
  end
end
return 0`;

/** KEYS: groups, group, creator's groups. ARGV: groupId, creatorId. 0 when it exists. */
export const CREATE_GROUP = `
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[1])
return 1`;

// Shared head of the membership scripts: the group exists and the sender is a member.
const REQUIRE_SENDER = `
if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 0 then return {'NO_GROUP'} end
if redis.call('SISMEMBER', KEYS[2], ARGV[2]) == 0 then return {'SENDER_NOT_MEMBER'} end`;

/** KEYS: groups, group. ARGV: groupId, userId. {problem} or {'OK'}. */
export const MEMBERSHIP = `${REQUIRE_SENDER}
return {'OK'}`;

/** KEYS: groups, group, user's groups. ARGV: groupId, sender, userId. {problem} or {'OK', members}. */
export const ADD_MEMBER = `${REQUIRE_SENDER}
if redis.call('SADD', KEYS[2], ARGV[3]) == 0 then return {'ALREADY_MEMBER'} end
redis.call('SADD', KEYS[3], ARGV[1])
return {'OK', redis.call('SMEMBERS', KEYS[2])}`;

/** KEYS: groups, group, user's groups. ARGV: groupId, sender, userId. {problem} or {'OK', members}. */
export const REMOVE_MEMBER = `${REQUIRE_SENDER}
if redis.call('SREM', KEYS[2], ARGV[3]) == 0 then return {'NOT_MEMBER'} end
redis.call('SREM', KEYS[3], ARGV[1])
return {'OK', redis.call('SMEMBERS', KEYS[2])}`;
