"""Interview rooms: the interviewer's notes never reach the candidate; observers are read-only."""

from __future__ import annotations

import asyncio
import secrets

from playwright.async_api import Page, Request, Response, WebSocket, expect

from tests.e2e.web.conftest import (
    Pages,
    WebServer,
    create_room,
    doc_text,
    invite_link,
    join,
    random_name,
    wait_text,
)


class Wiretap:
    """Everything a page received: HTTP URLs and bodies, WebSocket frames, for later search."""

    def __init__(self, page: Page) -> None:
        self.urls: list[str] = []
        self.bodies: list[bytes] = []
        self.frames: list[bytes] = []
        self._pending: list[asyncio.Task[None]] = []
        page.on("request", self._on_request)
        page.on("response", self._on_response)
        page.on("websocket", self._on_socket)

    def _on_request(self, request: Request) -> None:
        self.urls.append(request.url)

    def _on_response(self, response: Response) -> None:
        self._pending.append(asyncio.ensure_future(self._read(response)))

    async def _read(self, response: Response) -> None:
        try:
            self.bodies.append(await response.body())
        except Exception:  # redirects and aborted loads have no body to inspect
            return

    def _on_socket(self, socket: WebSocket) -> None:
        socket.on(
            "framereceived",
            lambda frame: self.frames.append(
                frame.encode() if isinstance(frame, str) else bytes(frame)
            ),
        )

    async def contains(self, secret: str) -> bool:
        await asyncio.gather(*self._pending)
        needle = secret.encode()
        return any(needle in blob for blob in [*self.bodies, *self.frames])


async def test_interview_notes_never_reach_the_candidate(
    web_server: WebServer, pages: Pages
) -> None:
    interviewer = await pages.new_page(web_server.url)
    await create_room(interviewer, f"Ivy-{random_name()}", kind="interview")
    await expect(interviewer.get_by_test_id("role")).to_have_text("interviewer")
    candidate_link = await invite_link(interviewer, "candidate")

    candidate = await pages.new_page(web_server.url)
    tap = Wiretap(candidate)
    await join(candidate, candidate_link, f"Cid-{random_name()}")
    await expect(candidate.get_by_test_id("role")).to_have_text("candidate")

    secret = f"weak on recursion {secrets.token_hex(8)}"
    notes = interviewer.get_by_test_id("notes-text")
    await notes.fill(secret)
    await interviewer.get_by_test_id("notes-save").click()
    await expect(interviewer.get_by_test_id("notes-save")).to_have_text("Saved")

    # The interviewer's second tab (another reader) gets the notes.updated signal and refetches.
    second = await pages.new_page(web_server.url)
    token = await interviewer.evaluate("() => localStorage.getItem('coderemote.auth')")
    await second.add_init_script(f"localStorage.setItem('coderemote.auth', {token!r})")
    await second.goto(re_path(interviewer.url))
    await expect(second.get_by_test_id("notes-text")).to_have_value(secret)

    # The candidate works in the room while the notes change again.
    await candidate.locator("[data-testid=editor] .view-lines").click()
    await candidate.keyboard.press("Control+End")
    await candidate.keyboard.type("# candidate was here")
    await wait_text(interviewer, "# candidate was here")
    await notes.fill(secret + " (updated)")
    await interviewer.get_by_test_id("notes-save").click()
    await expect(interviewer.get_by_test_id("notes-save")).to_have_text("Saved")
    await expect(second.get_by_test_id("notes-text")).to_have_value(secret + " (updated)")

    # Nothing of it on the candidate's screen, in its HTTP traffic or its WebSocket frames.
    await expect(candidate.get_by_test_id("notes-panel")).to_have_count(0)
    assert secret not in await candidate.content()
    assert not [u for u in tap.urls if "/notes" in u]
    assert not await tap.contains("weak on recursion")
    assert tap.frames, "the wiretap saw no WebSocket frames at all"
    # And the server refuses the candidate even when asked directly with its own token.
    status = await candidate.evaluate(
        """async () => {
            const { token } = JSON.parse(localStorage.getItem('coderemote.auth'));
            const res = await fetch(location.pathname.replace('/r/', '/api/rooms/') + '/notes',
                                    { headers: { Authorization: 'Bearer ' + token } });
            return res.status;
        }"""
    )
    assert status == 403


async def test_observer_is_read_only(web_server: WebServer, pages: Pages) -> None:
    interviewer = await pages.new_page(web_server.url)
    await create_room(interviewer, f"Ivy-{random_name()}", kind="interview")
    observer_link = await invite_link(interviewer, "viewer")
    observer = await pages.new_page(web_server.url)
    await join(observer, observer_link, f"Obs-{random_name()}")
    await expect(observer.get_by_test_id("role")).to_have_text("viewer")
    await expect(observer.get_by_test_id("editor")).to_have_attribute("data-readonly", "true")
    await expect(observer.get_by_test_id("run-button")).to_be_disabled()
    await expect(observer.get_by_test_id("notes-panel")).to_have_count(0)

    before = await doc_text(observer)
    await observer.locator("[data-testid=editor] .view-lines").click()
    await observer.keyboard.type("# observer tries to type")
    await interviewer.locator("[data-testid=editor] .view-lines").click()
    await interviewer.keyboard.press("Control+Home")
    await interviewer.keyboard.type("# interviewer line\n")
    # The observer follows the interviewer's edits but its own keystrokes went nowhere.
    text = await wait_text(observer, "# interviewer line\n")
    assert "observer tries" not in text
    assert text == "# interviewer line\n" + before
    assert "observer tries" not in await doc_text(interviewer)


def re_path(url: str) -> str:
    """The path part of an absolute URL."""
    return "/" + url.split("/", 3)[3]
