"""Playback replays the room's stored history: an earlier state comes back on the slider."""

from __future__ import annotations

from playwright.async_api import Page, expect

from tests.e2e.web.conftest import Pages, WebServer, create_room, random_name, wait_text


async def _slider_text(page: Page) -> str:
    return str(await page.get_by_test_id("playback-text").text_content())


async def test_playback_reproduces_an_earlier_state(web_server: WebServer, pages: Pages) -> None:
    page = await pages.new_page(web_server.url)
    await create_room(page, f"Ada-{random_name()}")
    editor = page.locator("[data-testid=editor] .view-lines")
    await editor.click()
    await page.keyboard.press("Control+Home")
    # Whole lines at once: one document update each, like a paste.
    await page.keyboard.insert_text("first = 1\n")
    early = await wait_text(page, "first = 1")
    await page.keyboard.insert_text("second = 2\n")
    await page.keyboard.press("Control+End")
    await page.keyboard.insert_text("# the end")
    final = await wait_text(page, "second = 2", "# the end")
    assert early != final

    path = page.url.split("/", 3)[3]
    await page.goto(f"/{path}/playback")
    slider = page.get_by_test_id("playback-slider")
    await slider.wait_for()
    # Opens at the latest state.
    await expect(page.get_by_test_id("playback-text")).to_have_text(final, use_inner_text=False)
    total = int(await slider.get_attribute("max") or 0)
    assert total >= 2

    # Step back from the start with the keyboard and collect every state on the timeline.
    await slider.focus()
    await page.keyboard.press("Home")
    states = [await _slider_text(page)]
    for _ in range(total):
        await page.keyboard.press("ArrowRight")
        states.append(await _slider_text(page))
    assert states[0] == ""
    assert states[-1] == final
    assert early in states, f"the earlier state is not on the timeline: {states!r}"
    assert states.index(early) < len(states) - 1
    # The editor shows the selected state too (read-only Monaco).
    await page.keyboard.press("Home")
    for _ in range(states.index(early)):
        await page.keyboard.press("ArrowRight")
    shown = await page.evaluate("() => window.__playbackEditor.getValue()")
    assert shown == early
