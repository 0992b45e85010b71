// A cluster node's options, apart from the module that loads the Redis client and adapter:
// the server's public types refer to these, and a consumer without those optional peers
// must still compile against them.
export interface RedisClusterOptions {
  /** e.g. `redis://127.0.0.1:6379`. */
  url: string;
  /**
   * How long a node counts as alive after its last heartbeat (default 10 000 ms). Heartbeat
   * and sweep run every quarter of it, so the users of a node killed outright are announced
   * USER_DISCONNECTED by the others within 1.25 × this.
   */
  nodeTtlMs?: number;
  /** Prefix of every key and of the adapter's stream (default "chat:"): one cluster per prefix. */
  keyPrefix?: string;
}
