"""Baseline for bench_rooms.py: pycrdt-websocket's own ASGI server under uvicorn.

Usage: python bench/rooms/baseline_server.py PORT
"""

from __future__ import annotations

import asyncio
import logging
import sys

import uvicorn
from pycrdt.websocket import ASGIServer, WebsocketServer


async def main(port: int) -> None:
    logging.basicConfig(level=logging.WARNING)
    websocket_server = WebsocketServer(auto_clean_rooms=True, log=logging.getLogger("baseline"))
    app = ASGIServer(websocket_server)
    # Same transport settings as `coderemote serve`, so the rooms code is what is compared.
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", ws_per_message_deflate=False
    )
    async with websocket_server:
        await uvicorn.Server(config).serve()


if __name__ == "__main__":
    # The event loop `coderemote serve` gets from uvicorn (uvloop when installed), so the loop
    # is the same on both sides and the rooms code is what is compared.
    try:
        import uvloop
    except ImportError:
        asyncio.run(main(int(sys.argv[1])))
    else:
        uvloop.run(main(int(sys.argv[1])))
