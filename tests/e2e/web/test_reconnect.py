"""The server restarts mid-session: edits typed while it was down survive and reach everyone.

The people here are tokenless guests in an open room: the development identity provider signs
with a key made fresh at every start, so a development token cannot outlive a restart (Cognito
tokens do). What is under test is the document: the Yjs merge across the outage.
"""

from __future__ import annotations

import asyncio

from playwright.async_api import expect

from tests.e2e.web.conftest import (
    Pages,
    WebServer,
    doc_text,
    join,
    random_name,
    random_room,
    wait_ready,
    wait_same_text,
    wait_text,
)


async def test_edits_made_while_the_server_is_down_survive_a_restart(
    own_web_server: WebServer, pages: Pages
) -> None:
    page_a = await pages.new_page(own_web_server.url)
    path = random_room()
    await join(page_a, path, f"Ada-{random_name()}", guest=True)
    page_b = await pages.new_page(own_web_server.url)
    await join(page_b, path, f"Bob-{random_name()}", guest=True)

    editor_a = page_a.locator("[data-testid=editor] .view-lines")
    editor_b = page_b.locator("[data-testid=editor] .view-lines")
    await editor_a.click()
    await page_a.keyboard.press("Control+Home")
    await page_a.keyboard.type("# before restart\n")
    await wait_text(page_b, "# before restart")

    await asyncio.to_thread(own_web_server.stop)
    for page in (page_a, page_b):
        await expect(page.get_by_test_id("connection-badge")).not_to_have_attribute(
            "data-status", "connected", timeout=10_000
        )
    # Typed while nobody can reach the server: kept locally by each page's Y.Doc.
    await editor_a.click()
    await page_a.keyboard.press("Control+Home")
    await page_a.keyboard.type("# ada while down\n")
    await editor_b.click()
    await page_b.keyboard.press("Control+End")
    await page_b.keyboard.type("# bob while down")
    assert "# bob while down" not in await doc_text(page_a)

    await asyncio.to_thread(own_web_server.start)
    for page in (page_a, page_b):
        await wait_ready(page)
    needles = ("# before restart", "# ada while down", "# bob while down")
    text_a = await wait_same_text(page_a, page_b, *needles)
    assert text_a.startswith("# ada while down\n# before restart\n")
    assert text_a.endswith("# bob while down")

    # A newcomer loads the merged document from the restarted server.
    page_c = await pages.new_page(own_web_server.url)
    await join(page_c, path, f"Cy-{random_name()}", guest=True)
    assert await wait_text(page_c, *needles) == text_a
