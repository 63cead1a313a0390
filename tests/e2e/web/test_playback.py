"""Playback replays the room's stored history: an earlier state comes back on the slider."""

from __future__ import annotations

from playwright.async_api import Page

from tests.e2e.web.conftest import (
    PLAYBACK_EDITOR,
    Pages,
    WebServer,
    create_room,
    random_name,
    wait_editor,
    wait_text,
)


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

    # The same user opens the playback in another tab while the editing tab stays connected.
    path = page.url.split("/", 3)[3]
    auth = await page.evaluate("() => localStorage.getItem('coderemote.auth')")
    viewer = await pages.new_page(web_server.url)
    await viewer.add_init_script(f"localStorage.setItem('coderemote.auth', {auth!r})")
    # The last keystrokes may still be on their way to the store: reload until they are in.
    for _ in range(50):
        await viewer.goto(f"/{path}/playback")
        slider = viewer.get_by_test_id("playback-slider")
        await slider.wait_for()
        if await _slider_text(viewer) == final:
            break
        await viewer.wait_for_timeout(200)
    # Opens at the latest state.
    assert await _slider_text(viewer) == final
    total = int(await slider.get_attribute("max") or 0)
    assert total >= 2

    # Step back from the start with the keyboard and collect every state on the timeline.
    await slider.focus()
    await viewer.keyboard.press("Home")
    states = [await _slider_text(viewer)]
    for _ in range(total):
        await viewer.keyboard.press("ArrowRight")
        states.append(await _slider_text(viewer))
    assert states[0] == ""
    assert states[-1] == final
    assert early in states, f"the earlier state is not on the timeline: {states!r}"
    assert states.index(early) < len(states) - 1
    # The editor shows the selected state too (read-only Monaco).
    await viewer.keyboard.press("Home")
    for _ in range(states.index(early)):
        await viewer.keyboard.press("ArrowRight")
    await wait_editor(viewer, lambda text: text == early, editor=PLAYBACK_EDITOR)
