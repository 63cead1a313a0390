"""A signed-in page outlives its token: renewed ahead of expiry, no reload, same document.

The server closes a socket when its token expires (4401); the page must have renewed the
token and reopened the socket with it before then. The token lives 20 s (the settings allow
15 s at least), so the test runs about half a minute.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from jose import jwt
from playwright.async_api import Page, expect

from tests.conftest import RedisServer, free_port
from tests.e2e.web.conftest import (
    Pages,
    WebServer,
    create_room,
    random_name,
    wait_ready,
    wait_text,
)

TTL_SECONDS = 20


@pytest.fixture
def short_token_server(
    web_dist: Path, redis_server: RedisServer, tmp_path: Path
) -> Iterator[WebServer]:
    server = WebServer(
        port=free_port(),
        redis_url=redis_server.url,
        log_path=tmp_path / "serve.log",
        env={"CODEREMOTE_DEV_TOKEN_TTL_SECONDS": str(TTL_SECONDS)},
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


async def stored_token(page: Page) -> str:
    raw = await page.evaluate("() => localStorage.getItem('coderemote.auth')")
    return str(json.loads(raw)["token"])


async def test_the_page_keeps_working_past_its_tokens_lifetime(
    short_token_server: WebServer, pages: Pages
) -> None:
    page = await pages.new_page(short_token_server.url)
    # A members-only room: only a renewed token for the same user keeps the page in it.
    path = await create_room(page, f"Ada-{random_name()}", kind="solo")
    first = await stored_token(page)
    claims = jwt.get_unverified_claims(first)
    assert claims["exp"] - claims["iat"] == TTL_SECONDS
    await page.locator("[data-testid=editor] .view-lines").click()
    await page.keyboard.press("Control+End")
    await page.keyboard.type("\n# before expiry")
    await page.evaluate("() => { window.__notReloaded = true; }")

    # Past the first token's expiry (the server's 30 s leeway aside, it closes sockets at exp),
    # watching every token the page stores: with a 20 s life it may renew more than once.
    chain = [first]
    while time.time() < claims["exp"] + 3:
        token = await stored_token(page)
        if token != chain[-1]:
            chain.append(token)
        await asyncio.sleep(0.25)
    assert len(chain) >= 2, "never renewed"
    for earlier, later in itertools.pairwise(jwt.get_unverified_claims(t) for t in chain):
        assert later["sub"] == claims["sub"]
        assert later["exp"] > earlier["exp"]
        assert later["iat"] < earlier["exp"], "renewed ahead of expiry, not after a 4401"
    assert await page.evaluate("() => window.__notReloaded === true")
    await expect(page.get_by_test_id("closed-banner")).to_have_count(0)
    await wait_ready(page)
    await expect(page.get_by_test_id("role")).to_have_text("owner")

    await page.locator("[data-testid=editor] .view-lines").click()
    await page.keyboard.press("Control+End")
    await page.keyboard.type("\n# after expiry")
    # The server took it from the renewed socket: another tab loads both lines from there.
    other = await pages.page_in(page.context)
    await other.goto(path)
    await wait_ready(other)
    await wait_text(other, "# before expiry", "# after expiry")
