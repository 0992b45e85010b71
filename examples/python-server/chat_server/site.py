"""The aiohttp application around a ChatServer, listening on a socket it binds itself."""

import socket

from aiohttp import web

from .app import ChatServer


async def start_site(chat: ChatServer, host: str, port: int) -> "tuple[web.AppRunner, int]":
    """Serves `chat` on host:port; returns the runner (cleanup() stops it) and the port.

    Binding the socket here is how to learn the port the system picked for port 0.
    """
    app = web.Application()
    chat.sio.attach(app)
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    listener = socket.create_server((host, port))
    await web.SockSite(runner, listener).start()
    return runner, listener.getsockname()[1]
