"""python3 -m chat_server [--port N] [--host H] [--token T] [--rate-limit N]

Prints the server's URL as the first line on stdout once it listens (with --port 0, the
port the system chose), then serves until SIGINT or SIGTERM, and exits 0.
"""

import argparse
import asyncio
import logging
import signal
import sys

from .app import ChatServer
from .site import start_site


def parse_args(argv: "list[str]") -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python3 -m chat_server", description="Chat protocol v1 server")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=3000, help="port; 0 picks a free one (default: 3000)")
    parser.add_argument("--token", help="shared handshake token clients must send as auth.token")
    parser.add_argument(
        "--rate-limit",
        type=float,
        default=500,
        metavar="N",
        help="events per second per connection, bursts up to N; 0 turns it off (default: 500)",
    )
    args = parser.parse_args(argv)
    if not 0 <= args.port <= 65535:
        parser.error(f"--port {args.port}: must be from 0 to 65535")
    if args.rate_limit < 0:
        parser.error(f"--rate-limit {args.rate_limit}: must be 0 or more")
    if args.token == "":
        parser.error("--token: must not be empty")
    return args


async def serve(args: argparse.Namespace) -> None:
    chat = ChatServer(token=args.token, rate_limit=args.rate_limit)
    runner, port = await start_site(chat, args.host, args.port)
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"http://{host}:{port}", flush=True)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await runner.cleanup()


# json.loads counts nesting against the recursion limit (1000 by default): a 1000-deep
# newValue would be dropped before any handler could answer INVALID_PAYLOAD for it.
DECODE_RECURSION_LIMIT = 4000


def main(argv: "list[str]") -> int:
    args = parse_args(argv)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), DECODE_RECURSION_LIMIT))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        asyncio.run(serve(args))
    except OSError as error:
        print(f"chat_server: cannot listen on {args.host}:{args.port}: {error.strerror}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
