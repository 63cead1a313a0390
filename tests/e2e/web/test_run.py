"""Runs from the browser: streamed output for everyone, input(), policy markers, Stop."""

from __future__ import annotations

import re

from playwright.async_api import Page, expect

from tests.e2e.web.conftest import (
    Pages,
    WebServer,
    create_room,
    invite_link,
    join,
    random_name,
    set_code,
)

TIMEOUT = 60_000


async def _pair(web_server: WebServer, pages: Pages) -> tuple[Page, Page]:
    ada = await pages.new_page(web_server.url)
    await create_room(ada, f"Ada-{random_name()}")
    bob = await pages.new_page(web_server.url)
    await join(bob, await invite_link(ada, "editor"), f"Bob-{random_name()}")
    return ada, bob


async def test_run_output_and_verdict_reach_everyone(web_server: WebServer, pages: Pages) -> None:
    ada, bob = await _pair(web_server, pages)
    await set_code(
        ada, 'for i in range(3):\n    print("line", i)\nprint("\\x1b[31mred\\x1b[0m")\n'
    )
    await ada.get_by_test_id("run-button").click()
    for page in (ada, bob):
        output = page.get_by_test_id("run-output")
        await expect(output).to_contain_text("line 2", timeout=TIMEOUT)
        await expect(output).to_contain_text("red")
        # Control sequences never reach the screen.
        assert "\x1b" not in (await output.inner_text())
        assert "[31m" not in (await output.inner_text())
        await expect(page.get_by_test_id("verdict")).to_have_text("OK", timeout=TIMEOUT)

    # Ctrl+Enter from the other person starts the next run, again seen by both.
    await set_code(bob, 'print("second run")\n')
    await bob.locator("[data-testid=editor] .view-lines").click()
    await bob.keyboard.press("Control+Enter")
    for page in (ada, bob):
        await expect(page.get_by_test_id("run-output")).to_contain_text(
            "second run", timeout=TIMEOUT
        )


async def test_input_is_answered_from_the_page(web_server: WebServer, pages: Pages) -> None:
    ada, bob = await _pair(web_server, pages)
    await set_code(ada, 'name = input("name? ")\nprint("hello", name)\n')
    await ada.get_by_test_id("run-button").click()
    prompt = ada.get_by_test_id("run-input")
    await prompt.wait_for(timeout=TIMEOUT)
    # Only the person who started the run types into it.
    assert await bob.get_by_test_id("run-input").count() == 0
    await prompt.fill("Grace")
    await prompt.press("Enter")
    for page in (ada, bob):
        await expect(page.get_by_test_id("run-output")).to_contain_text(
            "hello Grace", timeout=TIMEOUT
        )
        await expect(page.get_by_test_id("verdict")).to_have_text("OK", timeout=TIMEOUT)


async def test_policy_violation_is_a_marker_at_its_line(
    web_server: WebServer, pages: Pages
) -> None:
    ada = await pages.new_page(web_server.url)
    await create_room(ada, f"Ada-{random_name()}")
    await set_code(ada, 'print("fine")\nimport socket\nsocket.socket()\n')
    await ada.get_by_test_id("run-button").click()
    # The rejection answers the person who pressed Run.
    await expect(ada.get_by_test_id("verdict")).to_have_text("Policy violation")
    diagnostics = ada.get_by_test_id("diagnostics")
    await expect(diagnostics).to_contain_text("line 2", timeout=TIMEOUT)
    # Monaco draws the marker as an error squiggle on line 2.
    squiggle = ada.locator("[data-testid=editor] .squiggly-error").first
    await squiggle.wait_for(timeout=10_000)
    squiggle_box = await squiggle.bounding_box()
    line_box = await (
        ada.locator("[data-testid=editor] .line-numbers").filter(has_text="2").first
    ).bounding_box()
    assert squiggle_box is not None and line_box is not None
    assert abs(squiggle_box["y"] - line_box["y"]) < line_box["height"], (
        squiggle_box,
        line_box,
    )


async def test_stop_cancels_a_running_program(web_server: WebServer, pages: Pages) -> None:
    ada, bob = await _pair(web_server, pages)
    await set_code(ada, 'print("start", flush=True)\nwhile True:\n    pass\n')
    await ada.get_by_test_id("run-button").click()
    await expect(bob.get_by_test_id("run-output")).to_contain_text("start", timeout=TIMEOUT)
    # Anyone allowed to cancel may stop it: here the other person.
    await bob.get_by_test_id("stop-button").click()
    for page in (ada, bob):
        await expect(page.get_by_test_id("verdict")).to_have_text("Stopped", timeout=TIMEOUT)


async def test_playback_marks_runs_with_the_code_that_ran(
    web_server: WebServer, pages: Pages
) -> None:
    ada = await pages.new_page(web_server.url)
    await create_room(ada, f"Ada-{random_name()}")
    ran = 'print("the version that ran")\n'
    await set_code(ada, ran)
    await ada.get_by_test_id("run-button").click()
    await expect(ada.get_by_test_id("verdict")).to_have_text("OK", timeout=TIMEOUT)
    await set_code(ada, 'print("edited after the run")\n')

    # The same user opens the playback in a second tab.
    auth = await ada.evaluate("() => localStorage.getItem('coderemote.auth')")
    viewer = await pages.new_page(web_server.url)
    await viewer.add_init_script(f"localStorage.setItem('coderemote.auth', {auth!r})")
    await viewer.goto(ada.url.split("#")[0] + "/playback")
    marker = viewer.get_by_test_id("run-marker")
    await expect(marker).to_have_count(1, timeout=10_000)
    await expect(marker).to_have_class(re.compile(r"verdict-ok"))
    # Jumping to the marker shows the code as it was when it ran.
    await marker.click()
    await expect(viewer.get_by_test_id("playback-text")).to_have_text(ran, use_inner_text=False)
