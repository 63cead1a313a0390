"""Close codes 4403 and 4401: the page says why, turns read-only and stops reconnecting."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable

from playwright.async_api import Route, WebSocket, expect

from tests.e2e.web.conftest import (
    Pages,
    WebServer,
    create_room,
    invite_link,
    join,
    random_name,
)


async def test_revoked_invite_disconnects_for_good(web_server: WebServer, pages: Pages) -> None:
    owner = await pages.new_page(web_server.url)
    await create_room(owner, f"Ada-{random_name()}")
    guest = await pages.new_page(web_server.url)
    await join(guest, await invite_link(owner, "editor"), f"Bob-{random_name()}")
    await expect(guest.get_by_test_id("editor")).to_have_attribute("data-readonly", "false")

    sockets: list[WebSocket] = []
    guest.on("websocket", lambda socket: sockets.append(socket))
    await owner.get_by_test_id("revoke-editor").click()

    banner = guest.get_by_test_id("closed-banner")
    await expect(banner).to_contain_text("no longer have access", timeout=15_000)
    await expect(guest.get_by_test_id("connection-badge")).to_have_attribute(
        "data-status", "closed"
    )
    await expect(guest.get_by_test_id("editor")).to_have_attribute("data-readonly", "true")
    # Well past the longest reconnect backoff: still no new socket.
    await guest.wait_for_timeout(3_000)
    assert sockets == [], [s.url for s in sockets]
    await expect(guest.get_by_test_id("connection-badge")).to_have_attribute(
        "data-status", "closed"
    )


async def test_invalid_token_is_told_to_sign_in_again(web_server: WebServer, pages: Pages) -> None:
    owner = await pages.new_page(web_server.url)
    path = await create_room(owner, f"Ada-{random_name()}")
    stale = await pages.new_page(web_server.url)
    auth = json.dumps({"token": "not.a.jwt", "user": {"id": "u-stale", "name": "Stale"}})
    await stale.add_init_script(f"localStorage.setItem('coderemote.auth', {auth!r})")
    sockets: list[str] = []
    stale.on("websocket", lambda ws: sockets.append(ws.url))
    await stale.goto(path)
    # Refused with 4401, the page asks the server to renew the token; that is refused too
    # (the server never signed it), so the person is sent back to sign in.
    await expect(stale.get_by_test_id("renew-failed")).to_be_visible(timeout=15_000)
    await expect(stale.get_by_test_id("dev-signin")).to_be_visible()
    await stale.wait_for_timeout(3_000)
    assert len(sockets) == 1, sockets
    # The token travelled as a subprotocol, never in the URL.
    assert "not.a.jwt" not in sockets[0]


async def test_a_refused_token_is_not_tried_again_when_the_room_page_loads_late(
    web_server: WebServer, pages: Pages
) -> None:
    # The page opens the room's socket while the room page's code still loads. Held back
    # here, that code arrives after the server has refused the token (4401) and while the
    # renewal is still on its way: the room page must wait for it, not open a second socket
    # with the token just refused.
    owner = await pages.new_page(web_server.url)
    path = await create_room(owner, f"Ada-{random_name()}")
    stale = await pages.new_page(web_server.url)
    auth = json.dumps({"token": "not.a.jwt", "user": {"id": "u-late", "name": "Late"}})
    await stale.add_init_script(f"localStorage.setItem('coderemote.auth', {auth!r})")

    def held(seconds: float) -> Callable[[Route], Awaitable[None]]:
        async def handler(route: Route) -> None:
            await asyncio.sleep(seconds)
            await route.continue_()

        return handler

    await stale.route("**/assets/RoomPage-*.js", held(1.5))
    await stale.route("**/api/auth/dev-refresh", held(4))
    sockets: list[str] = []
    stale.on("websocket", lambda ws: sockets.append(ws.url))
    await stale.goto(path)
    await expect(stale.get_by_test_id("renew-failed")).to_be_visible(timeout=15_000)
    await stale.wait_for_timeout(4_000)
    assert len(sockets) == 1, sockets
