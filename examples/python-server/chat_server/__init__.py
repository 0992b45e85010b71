"""A chat protocol v1 server on python-socketio and aiohttp.

Written from docs/protocol.md of the chat-contract repository; the module names follow
that guide's sections: timestamps, payloads (the shape rules), state (channels and
groups), app (handshake, events, rejections).
"""
