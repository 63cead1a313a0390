"""Two people in one room: simultaneous typing converges, each sees the other's named cursor."""

from __future__ import annotations

import asyncio
import json
import re

from playwright.async_api import Page, expect

from tests.e2e.web.conftest import (
    Pages,
    WebServer,
    create_room,
    invite_link,
    join,
    random_name,
    wait_same_text,
    wait_text,
)


async def _remote_client_id(page: Page) -> int:
    """The client id of the one remote caret this page draws."""
    head = page.locator("[class*=yRemoteSelectionHead-]")
    await head.first.wait_for(state="attached", timeout=10_000)
    classes = await head.evaluate_all("(els) => els.map((el) => el.className)")
    ids = {int(m) for c in classes for m in re.findall(r"yRemoteSelectionHead-(\d+)", c)}
    assert len(ids) == 1, classes
    return ids.pop()


async def _remote_label(page: Page, client_id: int) -> str:
    head = page.locator(f".yRemoteSelectionHead-{client_id}").first
    await head.wait_for(state="attached", timeout=10_000)
    content = await head.evaluate("(el) => getComputedStyle(el, '::after').content")
    return str(json.loads(content))


async def test_simultaneous_typing_converges_with_named_cursors(
    web_server: WebServer, pages: Pages
) -> None:
    ada, bob = f"Ada-{random_name()}", f"Bob-{random_name()}"
    page_a = await pages.new_page(web_server.url)
    requested: list[str] = []
    page_a.on("request", lambda r: requested.append(r.url))
    await create_room(page_a, ada)
    page_b = await pages.new_page(web_server.url)
    await join(page_b, await invite_link(page_a, "editor"), bob)

    # Both see the starter code the creator seeded, and both names in the participant list.
    await wait_same_text(page_a, page_b, "def main()")
    for page in (page_a, page_b):
        participants = page.get_by_test_id("participants")
        await expect(participants).to_contain_text(ada)
        await expect(participants).to_contain_text(bob)

    line_a = "# ada typed this line 0123456789"
    line_b = "# bob typed this other line 9876543210"

    async def type_at(page: Page, where: str, text: str) -> None:
        await page.locator("[data-testid=editor] .view-lines").click()
        await page.keyboard.press(where)
        await page.keyboard.type(text, delay=15)

    # The two keyboards run at the same time: edits cross on the wire.
    await asyncio.gather(
        type_at(page_a, "Control+Home", line_a + "\n"),
        type_at(page_b, "Control+End", line_b),
    )
    text = await wait_same_text(page_a, page_b, line_a + "\n", line_b)
    assert text.startswith(line_a + "\n")
    assert text.rstrip().endswith(line_b)
    assert text.count("def main()") == 1

    # Everything (Monaco, the grammar, styles, fonts) came from our server: no CDN.
    foreign = [u for u in requested if not u.startswith((web_server.url, "ws://127.0.0.1"))]
    assert not [u for u in foreign if not u.startswith(("data:", "blob:"))], foreign
    assert any("/assets/" in u for u in requested), requested

    # Each page shows the other's caret, labelled with the other's name (a remote caret's
    # class names the other page's Y.Doc client id).
    id_b = await _remote_client_id(page_a)
    id_a = await _remote_client_id(page_b)
    assert id_a != id_b
    assert await _remote_label(page_a, id_b) == bob
    assert await _remote_label(page_b, id_a) == ada
    # No page draws a remote caret for itself.
    assert await page_a.locator(f".yRemoteSelectionHead-{id_a}").count() == 0

    # The server holds the same text: a late joiner's editor loads it from there.
    page_c = await pages.new_page(web_server.url)
    await join(page_c, await invite_link(page_a, "editor"), f"Cy-{random_name()}")
    assert await wait_text(page_c, line_a, line_b) == text
