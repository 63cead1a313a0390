"""Playback as a player: play at 8x, authors' colours, run output at its marker, run jumps."""

from __future__ import annotations

import asyncio
import re

from playwright.async_api import Page, expect

from tests.e2e.web.conftest import (
    PLAYBACK_EDITOR,
    Pages,
    WebServer,
    append_text,
    doc_text,
    join,
    random_name,
    random_room,
    wait_editor,
)

TIMEOUT = 60_000


async def _open_playback(pages: Pages, web_server: WebServer, owner: Page, path: str) -> Page:
    """The owner's playback in another tab, once the history holds the final text and 2 runs."""
    final = await doc_text(owner)
    auth = await owner.evaluate("() => localStorage.getItem('coderemote.auth')")
    viewer = await pages.new_page(web_server.url)
    await viewer.add_init_script(f"localStorage.setItem('coderemote.auth', {auth!r})")
    for _ in range(50):
        await viewer.goto(f"{path}/playback")
        await viewer.get_by_test_id("playback-slider").wait_for()
        text = await viewer.get_by_test_id("playback-text").text_content()
        if text == final and await viewer.get_by_test_id("run-marker").count() == 2:
            break
        await asyncio.sleep(0.2)
    return viewer


async def _position(page: Page) -> tuple[int, int]:
    text = str(await page.get_by_test_id("playback-position").text_content())
    match = re.match(r"(\d+) / (\d+)", text)
    assert match, text
    return int(match[1]), int(match[2])


async def test_playback_plays_colours_authors_and_shows_runs(
    web_server: WebServer, pages: Pages
) -> None:
    path = random_room()
    ada = await pages.new_page(web_server.url)
    await join(ada, path, f"Ada-{random_name()}")
    bob = await pages.new_page(web_server.url)
    await join(bob, path, f"Bob-{random_name()}")

    await append_text(ada, 'print("first run")\n')
    await ada.get_by_test_id("run-button").click()
    await expect(ada.get_by_test_id("verdict")).to_have_text("OK", timeout=TIMEOUT)
    await expect(bob.get_by_test_id("run-output")).to_contain_text("first run", timeout=TIMEOUT)
    await append_text(bob, "import os\n")
    await bob.get_by_test_id("run-button").click()
    await expect(bob.get_by_test_id("verdict")).to_be_visible(timeout=TIMEOUT)
    await append_text(ada, "# done\n")
    final = await doc_text(ada)

    viewer = await _open_playback(pages, web_server, ada, path)
    assert await viewer.get_by_test_id("playback-text").text_content() == final
    markers = viewer.get_by_test_id("run-marker")
    await expect(markers).to_have_count(2)
    await expect(markers.nth(0)).to_have_attribute("data-verdict", "ok")
    # Bob's refused run is on the timeline too, marked as refused.
    await expect(markers.nth(0)).to_have_attribute("data-rejected", "false")
    await expect(markers.nth(1)).to_have_attribute("data-verdict", "policy_violation")
    await expect(markers.nth(1)).to_have_attribute("data-rejected", "true")

    # Two people wrote the text: two colours, both in the legend and on the text itself.
    authors = viewer.get_by_test_id("playback-author")
    await expect(authors).to_have_count(2)
    names = [await authors.nth(i).inner_text() for i in range(2)]
    assert any(n.startswith("Ada-") for n in names) and any(n.startswith("Bob-") for n in names)
    colors = {await authors.nth(i).get_attribute("data-color") for i in range(2)}
    assert len(colors) == 2
    view = viewer.locator("[data-testid=playback-editor] .view-lines")
    await expect(view.locator(".pb-author-0").first).to_be_visible()
    await expect(view.locator(".pb-author-1").first).to_be_visible()

    # From the start, "next run" lands on Ada's run with its output and the code that ran.
    slider = viewer.get_by_test_id("playback-slider")
    await slider.focus()
    await viewer.keyboard.press("Home")
    assert (await _position(viewer))[0] == 0
    shown = viewer.get_by_test_id("playback-run")
    await viewer.get_by_test_id("playback-next-run").click()
    await expect(shown).to_have_attribute("data-verdict", "ok")
    await expect(shown).to_have_attribute("data-at-marker", "true")
    await expect(viewer.get_by_test_id("playback-run-output")).to_contain_text("first run")
    ran = str(await viewer.get_by_test_id("playback-text").text_content())
    assert 'print("first run")' in ran and "import os" not in ran
    # The next is Bob's refused run, marked as rejected with the policy's reason.
    await viewer.get_by_test_id("playback-next-run").click()
    await expect(shown).to_have_attribute("data-rejected", "true")
    await expect(shown).to_contain_text("Rejected")
    await expect(viewer.get_by_test_id("playback-run-message")).to_contain_text("os")
    assert "import os" in str(await viewer.get_by_test_id("playback-text").text_content())
    await expect(viewer.get_by_test_id("playback-next-run")).to_be_disabled()
    await viewer.get_by_test_id("playback-prev-run").click()
    await expect(shown).to_have_attribute("data-verdict", "ok")

    # Play from the start at 8x: it ends on the room's text and stops by itself.
    await slider.focus()
    await viewer.keyboard.press("Home")
    await viewer.get_by_label("Speed").select_option("8")
    play = viewer.get_by_test_id("playback-play")
    await play.click()
    await expect(play).to_have_attribute("aria-pressed", "true")
    await expect(play).to_have_attribute("aria-pressed", "false", timeout=30_000)
    at, total = await _position(viewer)
    assert at == total >= 3
    assert await viewer.get_by_test_id("playback-text").text_content() == final
    await wait_editor(viewer, lambda text: text == final, editor=PLAYBACK_EDITOR)
