"""Floor for bench_rooms.py: a bare relay under the same uvicorn, with no room logic at all.

It answers a client's sync step 1 with an empty step 2 and forwards every other frame, byte for
byte, to the other connections on the same path: no document, no store, no awareness
bookkeeping. Its fan-out latency is what the load generator, uvicorn and the loopback network
cost by themselves, the part of every server's figure that no room code can remove.

Usage: python bench/rooms/relay_server.py PORT
"""

from __future__ import annotations

import asyncio
import sys
from collections import defaultdict
from typing import Any

import uvicorn

_SYNC_STEP1 = b"\x00\x00"
_EMPTY_STEP2 = b"\x00\x01\x02\x00\x00"  # sync, step 2, a 2-byte empty update

Send = Any
rooms: dict[str, set[Send]] = defaultdict(set)


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    if scope["type"] != "websocket":
        return
    await receive()  # websocket.connect
    protocols = scope.get("subprotocols") or []
    await send({"type": "websocket.accept", "subprotocol": protocols[0] if protocols else None})
    peers = rooms[scope["path"]]
    peers.add(send)
    try:
        while True:
            message = await receive()
            if message["type"] != "websocket.receive":
                return
            frame = message.get("bytes")
            if not frame:
                continue
            if frame.startswith(_SYNC_STEP1):
                await send({"type": "websocket.send", "bytes": _EMPTY_STEP2})
                continue
            for peer in list(peers):
                if peer is not send:
                    await peer({"type": "websocket.send", "bytes": frame})
    finally:
        peers.discard(send)


async def main(port: int) -> None:
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", ws_per_message_deflate=False
    )
    await uvicorn.Server(config).serve()


if __name__ == "__main__":
    try:
        import uvloop
    except ImportError:
        asyncio.run(main(int(sys.argv[1])))
    else:
        uvloop.run(main(int(sys.argv[1])))
