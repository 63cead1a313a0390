"""Layout and access: phone-width layout, light theme, labelled inputs, leaving Monaco by
keyboard, and axe-core (from web/node_modules, no CDN) on the landing, room and playback pages."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page, expect

from tests.e2e.web.conftest import WEB, Pages, WebServer, create_room, random_name

AXE = WEB / "node_modules" / "axe-core" / "axe.min.js"

# Violations of these impacts fail the check; minor and moderate ones are reported by axe only.
_SERIOUS = """async () => {
  const result = await axe.run(document, { resultTypes: ["violations"] });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ") + " :: " + n.failureSummary),
    }));
}"""


async def serious_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page as it is now."""
    if not await page.evaluate("() => typeof window.axe !== 'undefined'"):
        await page.add_script_tag(path=str(AXE))
    found: list[dict[str, Any]] = await page.evaluate(_SERIOUS)
    return found


async def _box(page: Page, test_id: str) -> dict[str, float]:
    box = await page.get_by_test_id(test_id).bounding_box()
    assert box is not None, f"{test_id} is not on screen"
    return box


async def test_phone_width_stacks_with_tabs_and_desktop_is_side_by_side(
    web_server: WebServer, pages: Pages
) -> None:
    page = await pages.new_page(web_server.url)
    await page.set_viewport_size({"width": 390, "height": 844})
    await create_room(page, f"Ivy-{random_name()}", kind="interview")

    # The editor takes the whole width; the output is under it, not squeezed beside it.
    editor = await _box(page, "editor")
    assert editor["width"] >= 370, editor
    output = await _box(page, "run-output")
    assert output["y"] >= editor["y"] + editor["height"] - 1, (editor, output)
    assert output["width"] >= 340, output
    assert await page.evaluate("() => document.documentElement.scrollWidth") <= 390
    # The side panels are tabs: Run (with the output) first, then Analysis and Notes.
    tabs = page.get_by_role("tab")
    await expect(tabs).to_have_text(["Run", "Analysis", "Notes"])
    await expect(page.get_by_role("tab", name="Run")).to_have_attribute("aria-selected", "true")
    await page.get_by_role("tab", name="Notes").click()
    await expect(page.get_by_test_id("run-output")).to_be_hidden()
    # Labelled inputs: found by their label, as a screen reader names them.
    notes = page.get_by_label("Private notes")
    await expect(notes).to_be_visible()
    await notes.fill("strong on recursion")
    # Arrow keys move between the tabs.
    await page.get_by_role("tab", name="Notes").focus()
    await page.keyboard.press("ArrowLeft")
    await expect(page.get_by_role("tab", name="Analysis")).to_be_focused()
    await expect(page.get_by_role("tab", name="Analysis")).to_have_attribute(
        "aria-selected", "true"
    )
    await page.get_by_role("tab", name="Run").click()
    await page.get_by_text("stdin", exact=True).click()  # opens the collapsed stdin box
    await page.get_by_label("stdin (standard input)").fill("42\n")
    assert await page.get_by_test_id("stdin").input_value() == "42\n"

    # Desktop width: the same page puts the panels beside the editor, all of them at once.
    await page.set_viewport_size({"width": 1280, "height": 800})
    await expect(page.get_by_role("tab")).to_have_count(0)
    editor = await _box(page, "editor")
    output = await _box(page, "run-output")
    assert output["x"] >= editor["x"] + editor["width"] - 1, (editor, output)
    assert editor["width"] >= 600, editor
    await expect(page.get_by_label("Private notes")).to_have_value("strong on recursion")


async def test_light_theme_toggle_and_leaving_the_editor_by_keyboard(
    web_server: WebServer, pages: Pages
) -> None:
    context = await pages.browser.new_context(
        base_url=web_server.url, viewport={"width": 1280, "height": 800}, color_scheme="light"
    )
    pages.contexts.append(context)
    page = await pages.page_in(context)
    await create_room(page, f"Ada-{random_name()}")
    html = page.locator("html")
    # The system asks for light: the page and Monaco are light.
    await expect(html).to_have_attribute("data-theme", "light")
    await expect(page.locator("[data-testid=editor] .monaco-editor.vs")).to_be_visible()
    await page.get_by_test_id("theme-toggle").click()
    await expect(html).to_have_attribute("data-theme", "dark")
    await expect(page.locator("[data-testid=editor] .monaco-editor.vs-dark")).to_be_visible()
    # The choice is remembered over the system's preference.
    await page.reload()
    await expect(html).to_have_attribute("data-theme", "dark")
    await expect(page.locator("[data-testid=editor] .monaco-editor.vs-dark")).to_be_visible()

    # The hint is on screen; Tab indents in the editor until Ctrl+M, then it leaves.
    hint = page.get_by_test_id("keyboard-hint")
    await expect(hint).to_be_visible()
    await expect(hint).to_contain_text("Ctrl+M")
    await page.locator("[data-testid=editor] .view-lines").click()
    inside = "() => !!document.activeElement?.closest('[data-testid=editor]')"
    await page.keyboard.press("Tab")
    assert await page.evaluate(inside), "Tab left the editor before Ctrl+M"
    await page.keyboard.press("Control+m")
    await expect(hint).to_have_attribute("data-tab-moves-focus", "true")
    await page.keyboard.press("Tab")
    assert not await page.evaluate(inside), "Tab stayed in the editor after Ctrl+M"
    await page.keyboard.press("Shift+Tab")
    assert await page.evaluate(inside), "Shift+Tab did not come back to the editor"
    await page.keyboard.press("Control+m")
    await expect(hint).to_have_attribute("data-tab-moves-focus", "false")


async def test_axe_finds_nothing_serious_on_landing_room_and_playback(
    web_server: WebServer, pages: Pages
) -> None:
    page = await pages.new_page(web_server.url)
    path = await create_room(page, f"Ada-{random_name()}")
    await page.locator("[data-testid=editor] .view-lines").click()
    await page.keyboard.insert_text("print('axe')\n")
    report: dict[str, Any] = {}
    report["room"] = await serious_violations(page)
    await page.get_by_test_id("theme-toggle").click()
    report["room (other theme)"] = await serious_violations(page)

    await page.goto(f"{path}/playback")
    await page.get_by_test_id("playback-slider").wait_for()
    await page.locator("[data-testid=playback-editor] .view-lines").wait_for()
    report["playback"] = await serious_violations(page)
    await page.get_by_test_id("theme-toggle").click()
    report["playback (other theme)"] = await serious_violations(page)

    await page.goto("/")
    await page.get_by_test_id("create-room").wait_for()
    report["landing"] = await serious_violations(page)
    await page.get_by_test_id("theme-toggle").click()
    report["landing (other theme)"] = await serious_violations(page)
    assert report == {name: [] for name in report}, report
