"""Nothing typed in an open tab is thrown away: offline edits and a lost room merge back.

Signed-in users (development tokens) this time: what is under test is that the tab keeps its
one document across losing the network, and across a server restart that forgot both the
room and the signing key (the memory store), where the tab must sign in again.
"""

from __future__ import annotations

import asyncio

from playwright.async_api import Page, expect

from tests.e2e.web.conftest import (
    Pages,
    WebServer,
    create_room,
    doc_text,
    join,
    random_name,
    random_room,
    wait_ready,
    wait_same_text,
    wait_text,
)


async def type_at_end(page: Page, text: str) -> None:
    await page.locator("[data-testid=editor] .view-lines").click()
    await page.keyboard.press("Control+End")
    await page.keyboard.type(text)


async def test_a_tab_that_was_offline_merges_both_sides_edits(
    web_server: WebServer, pages: Pages
) -> None:
    path = random_room()
    ada = await pages.new_page(web_server.url)
    await join(ada, path, f"Ada-{random_name()}")
    bob = await pages.new_page(web_server.url)
    await join(bob, path, f"Bob-{random_name()}")
    await type_at_end(ada, "# shared start\n")
    await wait_text(bob, "# shared start")

    await ada.context.set_offline(True)
    await expect(ada.get_by_test_id("connection-badge")).not_to_have_attribute(
        "data-status", "connected", timeout=10_000
    )
    await type_at_end(ada, "# ada offline\n")
    await type_at_end(bob, "# bob meanwhile\n")
    await wait_text(bob, "# bob meanwhile")
    await asyncio.sleep(1.0)  # several reconnect attempts fail while offline
    assert "# ada offline" not in await doc_text(bob)
    assert "# bob meanwhile" not in await doc_text(ada)

    await ada.context.set_offline(False)
    await wait_ready(ada)
    text = await wait_same_text(ada, bob, "# shared start", "# ada offline", "# bob meanwhile")
    assert text.count("# ada offline") == 1
    assert text.count("# bob meanwhile") == 1


async def test_a_room_lost_in_a_restart_is_seeded_again_by_the_open_tab(
    memory_web_server: WebServer, pages: Pages
) -> None:
    name = f"Ada-{random_name()}"
    ada = await pages.new_page(memory_web_server.url)
    path = await create_room(ada, name, kind="shared")
    starter = (await wait_text(ada, "")).strip().splitlines()[0]
    assert starter, "a room created here starts with the starter code"
    await type_at_end(ada, "\n# before restart")

    await asyncio.to_thread(memory_web_server.stop)
    await expect(ada.get_by_test_id("connection-badge")).not_to_have_attribute(
        "data-status", "connected", timeout=10_000
    )
    await type_at_end(ada, "\n# typed while down")
    # The memory store forgets every room, and the new process signs with a new key.
    await asyncio.to_thread(memory_web_server.start)

    # The old token cannot be verified nor renewed: sign in again, name offered back.
    form = ada.locator("[data-testid=dev-signin]")
    await form.wait_for(timeout=20_000)
    await expect(ada.get_by_test_id("renew-failed")).to_be_visible()
    await expect(form.locator("input[name=display-name]")).to_have_value(name)
    await form.locator("button[type=submit]").click()
    await wait_ready(ada)
    text = await wait_text(ada, "# before restart", "# typed while down")
    assert text.count(starter) == 1

    # The server now holds the tab's document: a newcomer loads it from there.
    cy = await pages.new_page(memory_web_server.url)
    await join(cy, path, f"Cy-{random_name()}")
    assert await wait_text(cy, "# before restart", "# typed while down") == text
