"""Everyone sees the same room, in Chromium: two people in one room, the real server, real Ray
and gVisor. Output with pauses streams to both; a syntax error is "Syntax error" with a marker
at its line for both; what the runner types is echoed in the other person's output; a refused
import is shown to both."""

from __future__ import annotations

import asyncio

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


async def _pair(web_server: WebServer, pages: Pages) -> tuple[Page, Page, str]:
    ada_name = f"Ada-{random_name()}"
    ada = await pages.new_page(web_server.url)
    await create_room(ada, ada_name)
    bob = await pages.new_page(web_server.url)
    await join(bob, await invite_link(ada, "editor"), f"Bob-{random_name()}")
    return ada, bob, ada_name


# The first squiggle and the number of `line`, measured in one frame: read one after the
# other, a page still laying out (after a reload) moves between the two reads.
_SQUIGGLE_AND_LINE = """(line) => {
  const editor = document.querySelector("[data-testid=editor]");
  const squiggle = editor && editor.querySelector(".squiggly-error");
  const number = editor && [...editor.querySelectorAll(".line-numbers")].find(
    (n) => n.textContent.includes(String(line)));
  if (!squiggle || !number) return null;
  const a = squiggle.getBoundingClientRect(), b = number.getBoundingClientRect();
  return [{ y: a.y }, { y: b.y, height: b.height }];
}"""


async def _squiggle_on_line(page: Page, line: int) -> None:
    """Monaco draws an error squiggle on `line` of the editor (within 10 s, as `expect`)."""
    await page.locator("[data-testid=editor] .squiggly-error").first.wait_for(timeout=10_000)
    deadline = asyncio.get_running_loop().time() + 10
    while True:
        boxes = await page.evaluate(_SQUIGGLE_AND_LINE, line)
        assert boxes is not None
        box, line_box = boxes
        if abs(box["y"] - line_box["y"]) < line_box["height"]:
            return
        assert asyncio.get_running_loop().time() < deadline, (box, line_box)
        await asyncio.sleep(0.1)


async def test_output_with_pauses_streams_to_both(web_server: WebServer, pages: Pages) -> None:
    ada, bob, _ = await _pair(web_server, pages)
    await set_code(
        ada,
        "import time\nfor i in range(3):\n    print('tick', i, flush=True)\n"
        "    time.sleep(1)\nprint('done')\n",
    )
    await ada.get_by_test_id("run-button").click()

    async def streams(page: Page) -> None:
        output = page.get_by_test_id("run-output")
        await expect(output).to_contain_text("tick 0", timeout=TIMEOUT)
        # Seen while the program still sleeps: streamed, not delivered at the end.
        assert "done" not in await output.inner_text()
        await expect(output).to_contain_text("done", timeout=TIMEOUT)
        await expect(page.get_by_test_id("verdict")).to_have_text("OK", timeout=TIMEOUT)

    await asyncio.gather(streams(ada), streams(bob))


async def test_a_syntax_error_is_labelled_and_marked_for_both(
    web_server: WebServer, pages: Pages
) -> None:
    ada, bob, ada_name = await _pair(web_server, pages)
    await set_code(ada, 'print("a")\nprint("b")\nx = = 1\n')
    await ada.get_by_test_id("run-button").click()
    for page in (ada, bob):
        await expect(page.get_by_test_id("verdict")).to_have_text("Syntax error", timeout=TIMEOUT)
        await expect(page.get_by_test_id("diagnostics")).to_contain_text("line 3, column 5")
        await _squiggle_on_line(page, 3)
    # The other person is told whose Run it was.
    await expect(bob.get_by_test_id("rejected-by")).to_contain_text(ada_name)
    # A reload sees the same refusal and the same marker.
    await bob.reload()
    await expect(bob.get_by_test_id("verdict")).to_have_text("Syntax error", timeout=TIMEOUT)
    await _squiggle_on_line(bob, 3)


async def test_typed_input_is_echoed_to_the_other_person(
    web_server: WebServer, pages: Pages
) -> None:
    ada, bob, _ = await _pair(web_server, pages)
    await set_code(
        ada, 'name = input("Your name? ")\nage = input("Age? ")\nprint(f"Hi {name}, {age}")\n'
    )
    await ada.get_by_test_id("run-button").click()
    for answer in ("Bob", "42"):
        prompt = ada.get_by_test_id("run-input")
        await prompt.wait_for(timeout=TIMEOUT)
        await prompt.fill(answer)
        await prompt.press("Enter")
        await expect(bob.get_by_test_id("run-output")).to_contain_text(answer, timeout=TIMEOUT)
    for page in (ada, bob):
        await expect(page.get_by_test_id("verdict")).to_have_text("OK", timeout=TIMEOUT)
        lines = page.locator("[data-testid=run-output] .line")
        # Read like a terminal: each answer on its prompt's line, marked as input.
        await expect(lines).to_have_text(["Your name? Bob", "Age? 42", "Hi Bob, 42"])
        await expect(page.locator("[data-testid=run-output] .line .stdin")).to_have_text(
            ["Bob", "42"]
        )


async def test_a_refused_import_is_shown_to_both(web_server: WebServer, pages: Pages) -> None:
    ada, bob, _ = await _pair(web_server, pages)
    await set_code(ada, 'print("fine")\nimport os\n')
    await ada.get_by_test_id("run-button").click()
    for page in (ada, bob):
        await expect(page.get_by_test_id("verdict")).to_have_text(
            "Policy violation", timeout=TIMEOUT
        )
        await expect(page.get_by_test_id("run-error")).to_contain_text("os")
        await expect(page.get_by_test_id("diagnostics")).to_contain_text("line 2")
        await _squiggle_on_line(page, 2)
