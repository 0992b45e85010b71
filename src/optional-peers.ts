// The optional peer dependencies, at the versions this repository pins and tests
// (test/package keeps them equal to package.json). The codegen and docs stacks, and the
// Redis adapter and client a cluster node needs: `test --url`, the guard and the
// validators need none of them, so a plain install stays small.
export const OPTIONAL_PEERS = {
  "@asyncapi/parser": "3.6.6",
  "json-schema-to-typescript": "16.0.0",
  "@asyncapi/react-component": "3.2.1",
  react: "18.3.1",
  "react-dom": "18.3.1",
  "@socket.io/redis-streams-adapter": "0.3.1",
  redis: "6.3.1",
} as const;

export type OptionalPeer = keyof typeof OPTIONAL_PEERS;

/** The `npm install` arguments for these peers, pinned. */
export function pinned(peers: readonly OptionalPeer[]): string {
  return peers.map((p) => `${p}@${OPTIONAL_PEERS[p]}`).join(" ");
}

export const CLUSTER_PEERS: readonly OptionalPeer[] = ["@socket.io/redis-streams-adapter", "redis"];
