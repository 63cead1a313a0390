"""A room's language from the browser: two people switch it, run, and see a compile error.

Everything is read from the page as a person sees it: the picker, Monaco's language
(`data-mode-id`, set by Monaco itself), the drawn lines, the run panel and the squiggles.
"""

from __future__ import annotations

import json

from playwright.async_api import Locator, Page, expect

from tests.e2e.web.conftest import (
    REPO,
    Pages,
    WebServer,
    create_room,
    editor_text,
    invite_link,
    join,
    random_name,
    set_code,
    wait_editor,
)

# A language's first run may meet a cold sandbox (and a compiler): generous, under load too.
TIMEOUT = 90_000
REGISTRY = json.loads((REPO / "web/src/languages/registry.gen.json").read_text("utf-8"))
STARTERS = {lang["id"]: lang["starterCode"] for lang in REGISTRY["languages"]}
CPP_ERROR = "int main() {\n    return undeclared_name;\n}\n"


def _picker(page: Page) -> Locator:
    return page.get_by_test_id("language-picker")


async def _shows_language(page: Page, language: str, monaco_id: str, file_name: str) -> None:
    await expect(_picker(page)).to_have_value(language, timeout=20_000)
    # Monaco itself sets `data-mode-id` on the element it was created in.
    monaco = page.locator(f"[data-testid=editor][data-mode-id={monaco_id}]")
    await expect(monaco).to_have_count(1)
    await expect(page.get_by_test_id("file-name")).to_have_text(file_name)


async def _marked_line(page: Page) -> float:
    """The y offset between the first error squiggle and line 2's number (0 when on it)."""
    squiggle = page.locator("[data-testid=editor] .squiggly-error").first
    await squiggle.wait_for(timeout=20_000)
    box = await squiggle.bounding_box()
    line = await (
        page.locator("[data-testid=editor] .line-numbers").filter(has_text="2").first
    ).bounding_box()
    assert box is not None and line is not None
    return abs(box["y"] - line["y"]) / line["height"]


async def test_two_people_switch_the_language_run_it_and_see_compile_errors(
    web_server: WebServer, pages: Pages
) -> None:
    ada = await pages.new_page(web_server.url)
    await create_room(ada, f"Ada-{random_name()}")
    bob = await pages.new_page(web_server.url)
    await join(bob, await invite_link(ada, "editor"), f"Bob-{random_name()}")
    eve = await pages.new_page(web_server.url)
    await join(eve, await invite_link(ada, "viewer"), f"Eve-{random_name()}")
    for page in (ada, bob, eve):
        await _shows_language(page, "python", "python", "main.py")
        await wait_editor(page, lambda text: text == STARTERS["python"])
    # An observer sees the room's language but cannot change it.
    await expect(_picker(eve)).to_be_disabled()
    await expect(_picker(bob)).to_be_enabled()

    # Ada switches to JavaScript: the untouched Python starter becomes JavaScript's, and
    # everyone's picker, highlighting and file name follow.
    await _picker(ada).select_option("javascript")
    for page in (ada, bob, eve):
        await _shows_language(page, "javascript", "javascript", "main.js")
        await wait_editor(page, lambda text: text == STARTERS["javascript"], seconds=20)

    # Bob runs it. A native program cannot say it waits for input, so the runner's input box
    # is open for the whole run (and only the runner's); the starter answers the typed line.
    await bob.get_by_test_id("run-button").click()
    box = bob.get_by_test_id("run-input")
    await box.wait_for(timeout=TIMEOUT)
    assert await ada.get_by_test_id("run-input").count() == 0
    await expect(bob.get_by_test_id("run-output")).to_contain_text(
        "What is your name?", timeout=TIMEOUT
    )
    # Ada switches the room to Python while it runs: the box follows the run's language
    # (JavaScript, which cannot say when it waits), not the room's, so it stays open for Bob.
    await _picker(ada).select_option("python")
    await _shows_language(bob, "python", "python", "main.py")
    await expect(box).to_be_visible()
    await box.fill("Grace")
    await box.press("Enter")
    for page in (ada, bob, eve):
        await expect(page.get_by_test_id("run-output")).to_contain_text(
            "Hello, Grace!", timeout=TIMEOUT
        )
        await expect(page.get_by_test_id("verdict")).to_have_text("OK", timeout=TIMEOUT)

    # Code someone wrote is kept across a switch; C++ refuses it at compile time, and the
    # compiler's error is a marker on its line in both editors.
    await _picker(bob).select_option("cpp")
    await _shows_language(ada, "cpp", "cpp", "main.cpp")
    await wait_editor(ada, lambda text: text == STARTERS["cpp"], seconds=20)
    await set_code(ada, CPP_ERROR)
    await wait_editor(bob, lambda text: text == CPP_ERROR, seconds=20)
    await ada.get_by_test_id("run-button").click()
    for page in (ada, bob):
        await expect(page.get_by_test_id("verdict")).to_have_text("Compile error", timeout=TIMEOUT)
        await expect(page.get_by_test_id("diagnostics")).to_contain_text("line 2")
        await expect(page.get_by_test_id("diagnostics")).to_contain_text("undeclared_name")
        assert await _marked_line(page) < 1.0
    await _picker(ada).select_option("go")
    await _shows_language(bob, "go", "go", "main.go")
    # Written code stays what it was: only an empty document or an untouched starter goes.
    assert await editor_text(bob) == CPP_ERROR
