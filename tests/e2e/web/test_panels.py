"""Panels that fit the room: notes only in interviews, no invites in solo rooms, invalid ids
answered, Run disabled offline and through a rate limit with the time it comes back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.async_api import expect

from tests.conftest import RedisServer, free_port
from tests.e2e.web.conftest import Pages, WebServer, create_room, random_name, set_code


async def test_shared_and_solo_rooms_show_no_notes_and_solo_rooms_no_invites(
    web_server: WebServer, pages: Pages
) -> None:
    page = await pages.new_page(web_server.url)
    await create_room(page, f"Ada-{random_name()}")
    await expect(page.get_by_test_id("link-editor")).to_be_visible()
    assert await page.get_by_test_id("notes-panel").count() == 0

    await create_room(page, f"Ada-{random_name()}", kind="solo")
    await expect(page.get_by_test_id("role")).to_have_text("owner")
    assert await page.get_by_test_id("notes-panel").count() == 0
    assert await page.locator("[data-testid^=invite-], [data-testid^=link-]").count() == 0
    assert await page.get_by_role("region", name="Share").count() == 0


async def test_invalid_room_ids_are_answered(web_server: WebServer, pages: Pages) -> None:
    page = await pages.new_page(web_server.url)
    await create_room(page, f"Ada-{random_name()}")
    await page.goto("/r/not a room!")
    await expect(page.get_by_test_id("not-found")).to_contain_text("Room ids use only")
    await page.goto("/")
    await page.locator("input[name=join-target]").fill("https://example.org/r/bad id")
    await page.get_by_role("button", name="Join").click()
    await expect(page.get_by_test_id("join-error")).to_contain_text("not a room link or id")


async def test_run_is_disabled_while_offline(web_server: WebServer, pages: Pages) -> None:
    page = await pages.new_page(web_server.url)
    await create_room(page, f"Ada-{random_name()}")
    run = page.get_by_test_id("run-button")
    await expect(run).to_be_enabled()
    await pages.contexts[0].set_offline(True)
    await expect(run).to_be_disabled()
    await expect(page.get_by_test_id("run-offline")).to_be_visible()
    await pages.contexts[0].set_offline(False)
    await expect(run).to_be_enabled(timeout=20_000)


@pytest.fixture
def limited_web_server(
    web_dist: Path, redis_server: RedisServer, tmp_path: Path
) -> Iterator[WebServer]:
    """A server that allows one run per user per minute."""
    server = WebServer(
        port=free_port(),
        redis_url=redis_server.url,
        log_path=tmp_path / "serve.log",
        env={"CODEREMOTE_LIMIT_RUNS_PER_MINUTE": "1"},
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


async def test_a_rate_limit_says_when_run_comes_back_and_disables_it(
    limited_web_server: WebServer, pages: Pages
) -> None:
    page = await pages.new_page(limited_web_server.url)
    await create_room(page, f"Ada-{random_name()}")
    await set_code(page, "print(1)\n")
    run = page.get_by_test_id("run-button")
    wait = page.get_by_test_id("run-wait")
    # One run a minute, in windows aligned to the clock: a press may land in a new minute,
    # so press until refused (three presses span at most one minute boundary).
    for _ in range(3):
        await run.click()
        # Refused at once, or a run (whatever its verdict) that used the minute's one run.
        await page.wait_for_function(
            """() => !['starting', 'running'].includes(
                document.querySelector('[data-testid=run-status]').dataset.status)""",
            timeout=60_000,
        )
        if await wait.count():
            break
        await expect(run).to_be_enabled(timeout=60_000)
    await expect(wait).to_have_text(re.compile(r"^Run is available again in \d+ s$"))
    await expect(run).to_be_disabled()
    # The refusal replaces the previous run's status instead of sitting next to its verdict.
    assert await page.locator(".run-stats").count() == 0
    for verdict in await page.get_by_test_id("verdict").all_inner_texts():
        assert "OK" not in verdict and "Time limit" not in verdict
    seconds = int(re.findall(r"\d+", await wait.inner_text())[0])
    assert 1 <= seconds <= 60
