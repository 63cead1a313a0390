"""One person, one identity: a second tab and a reopened browser are the same signed-in user.

Before, the identity lived in the tab (sessionStorage): a second tab or a reopened browser
signed in as a new user and was locked out of the members-only room it had just created.
"""

from __future__ import annotations

from playwright.async_api import Page, expect

from tests.e2e.web.conftest import (
    Pages,
    WebServer,
    create_room,
    random_name,
    wait_ready,
    wait_text,
)


async def user_id(page: Page) -> str:
    """The signed-in user's id, as the page's header states it."""
    badge = page.get_by_test_id("user-badge")
    await badge.wait_for(timeout=10_000)
    return str(await badge.get_attribute("data-user-id"))


async def type_line(page: Page, line: str) -> None:
    await page.locator("[data-testid=editor] .view-lines").click()
    await page.keyboard.press("Control+End")
    await page.keyboard.type(f"\n{line}")


async def test_a_second_tab_and_a_reopened_browser_are_the_same_user(
    web_server: WebServer, pages: Pages
) -> None:
    first = await pages.new_page(web_server.url)
    # A solo room admits its owner and nobody else: only the same user gets in.
    path = await create_room(first, f"Ada-{random_name()}", kind="solo")
    owner = await user_id(first)
    assert owner.startswith("dev-")
    await expect(first.get_by_test_id("role")).to_have_text("owner")

    second_tab = await pages.page_in(first.context)
    await second_tab.goto(path)
    await wait_ready(second_tab)  # no sign-in screen on the way
    assert await user_id(second_tab) == owner
    await expect(second_tab.get_by_test_id("role")).to_have_text("owner")
    await type_line(second_tab, "# from the second tab")
    await wait_text(first, "# from the second tab")

    # The browser is closed and opened again with what it had stored.
    stored = await first.context.storage_state()
    await first.context.close()
    reopened = await pages.new_page(web_server.url, storage_state=stored)
    await reopened.goto(path)
    await wait_ready(reopened)
    assert await user_id(reopened) == owner
    await expect(reopened.get_by_test_id("role")).to_have_text("owner")
    await wait_text(reopened, "# from the second tab")
    await type_line(reopened, "# after reopening")
    # The server took the edit: another tab of the reopened browser loads it from there.
    another = await pages.page_in(reopened.context)
    await another.goto(path)
    await wait_ready(another)
    assert await user_id(another) == owner
    await wait_text(another, "# after reopening")

    # Someone else is still refused: the room is members-only, not open to any sign-in.
    stranger = await pages.new_page(web_server.url)
    await stranger.goto(path)
    form = stranger.locator("[data-testid=dev-signin]")
    await form.locator("input[name=display-name]").fill(f"Eve-{random_name()}")
    await form.locator("button[type=submit]").click()
    await expect(stranger.get_by_test_id("no-access")).to_contain_text(
        "Ask the owner for an invite", timeout=15_000
    )
