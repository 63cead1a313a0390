"""Links that work: the Share box's links admit at once, each has Copy, rotated or turned-off
links and strangers get one message saying what to do, never a blank editor."""

from __future__ import annotations

import re

from playwright.async_api import BrowserContext, Page, expect

from tests.e2e.web.conftest import (
    Pages,
    WebServer,
    create_room,
    join,
    random_name,
    sign_in,
    wait_text,
)

ASK = re.compile("ask the owner for an invite", re.IGNORECASE)


async def _copied(page: Page, context: BrowserContext, test_id: str) -> str:
    """Presses the Copy button of a link and returns what reached the clipboard."""
    await context.grant_permissions(["clipboard-read", "clipboard-write"])
    await page.get_by_test_id(f"copy-{test_id}").click()
    await expect(page.get_by_test_id(f"copy-{test_id}")).to_have_text("Copied")
    return str(await page.evaluate("() => navigator.clipboard.readText()"))


async def _refused(page: Page) -> None:
    """One message saying what to do; no editor, no Run, no second banner."""
    message = page.get_by_test_id("no-access")
    await expect(message).to_contain_text(ASK, timeout=20_000)
    await expect(message).not_to_contain_text("no longer")
    assert await page.get_by_test_id("editor").count() == 0
    assert await page.get_by_test_id("run-button").count() == 0
    assert await page.locator(".banner").count() == 0


async def test_the_share_link_of_a_new_room_lets_a_second_person_edit_at_once(
    web_server: WebServer, pages: Pages
) -> None:
    owner = await pages.new_page(web_server.url)
    await create_room(owner, f"Ada-{random_name()}")
    await expect(owner.get_by_test_id("link-policy")).to_have_text("Anyone with the link can edit.")
    link = await owner.get_by_test_id("link-editor").input_value()
    assert "#k=" in link
    assert await _copied(owner, pages.contexts[0], "link-editor") == link

    guest = await pages.new_page(web_server.url)
    await join(guest, link, f"Bob-{random_name()}")
    await expect(guest.get_by_test_id("role")).to_have_text("editor")
    assert "#k=" not in guest.url  # the key leaves the address bar once redeemed
    await guest.locator("[data-testid=editor] .view-lines").click()
    await guest.keyboard.type("typed_by_bob = 1", delay=10)
    await wait_text(owner, "typed_by_bob = 1")


async def test_a_replaced_or_turned_off_link_admits_nobody_new(
    web_server: WebServer, pages: Pages
) -> None:
    owner = await pages.new_page(web_server.url)
    path = await create_room(owner, f"Ada-{random_name()}")
    old = await owner.get_by_test_id("link-editor").input_value()
    await owner.get_by_test_id("rotate-link-editor").click()
    await expect(owner.get_by_test_id("link-editor")).not_to_have_value(old)
    new = await owner.get_by_test_id("link-editor").input_value()

    late = await pages.new_page(web_server.url)
    await late.goto(old)
    await sign_in(late, f"Lou-{random_name()}")
    await _refused(late)

    # Members only: the link is turned off, and the room's bare address admits no stranger.
    await owner.get_by_test_id("off-link-editor").click()
    await expect(owner.get_by_test_id("link-policy")).to_contain_text("Members only")
    assert await owner.get_by_test_id("link-editor").count() == 0
    stranger = await pages.new_page(web_server.url)
    await stranger.goto(new)
    await sign_in(stranger, f"Sam-{random_name()}")
    await _refused(stranger)
    await stranger.goto(path)
    await _refused(stranger)


async def test_interview_links_give_their_roles_and_notes_stay_with_interviewers(
    web_server: WebServer, pages: Pages
) -> None:
    interviewer = await pages.new_page(web_server.url)
    await create_room(interviewer, f"Ivan-{random_name()}", kind="interview")
    await expect(interviewer.get_by_test_id("notes-panel")).to_be_visible()
    context = pages.contexts[0]
    candidate_link = await _copied(interviewer, context, "link-candidate")
    observer_link = await _copied(interviewer, context, "link-viewer")
    assert candidate_link == await interviewer.get_by_test_id("link-candidate").input_value()
    assert observer_link == await interviewer.get_by_test_id("link-viewer").input_value()
    assert candidate_link != observer_link

    candidate = await pages.new_page(web_server.url)
    await join(candidate, candidate_link, f"Cleo-{random_name()}")
    await expect(candidate.get_by_test_id("role")).to_have_text("candidate")
    await expect(candidate.get_by_test_id("editor")).to_have_attribute("data-readonly", "false")
    observer = await pages.new_page(web_server.url)
    await join(observer, observer_link, f"Otto-{random_name()}")
    await expect(observer.get_by_test_id("role")).to_have_text("viewer")
    await expect(observer.get_by_test_id("editor")).to_have_attribute("data-readonly", "true")
    await expect(observer.get_by_test_id("run-button")).to_be_disabled()
    for page in (candidate, observer):
        assert await page.get_by_test_id("notes-panel").count() == 0
        # Nobody but the interviewer is offered links to change or people to invite.
        assert await page.locator("[data-testid^=rotate-link], [data-testid^=invite-]").count() == 0
