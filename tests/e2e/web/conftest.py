"""Fixtures for the browser end-to-end tests: the built web app, the real server, Chromium.

The server is the real `coderemote serve` console script on a free port with the Redis store
(the session's real redis-server), serving `web/dist`. Chromium is Debian's, driven by
Playwright's async API so two pages can type at the very same time.
"""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import shutil
import subprocess
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import Browser, BrowserContext, Page, async_playwright, expect

from tests.conftest import RedisServer, free_port
from tests.serve_process import ServeProcess

REPO = Path(__file__).resolve().parents[3]
WEB = REPO / "web"
# The browser-test build (`npm run build:e2e`), built apart so a test run never races a
# `make web` rebuilding `dist`; the tests reach the editor through the page, no test hooks.
DIST = WEB / "dist-e2e"
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

pytestmark = pytest.mark.browser

# Chromium on a loaded CI machine (load 20 on 2 cores) draws seconds late: an expectation
# without a timeout of its own waits this long for what it promises, not Playwright's 5 s.
expect.set_options(timeout=20_000)


def _dist_is_stale() -> bool:
    index = DIST / "index.html"
    if not index.is_file():
        return True
    built = index.stat().st_mtime
    sources = [WEB / "index.html", WEB / "package-lock.json", WEB / "vite.config.ts"]
    sources += [p for p in (WEB / "src").rglob("*") if p.is_file()]
    return any(p.stat().st_mtime > built for p in sources if p.exists())


@pytest.fixture(scope="session")
def web_dist() -> Path:
    """`web/dist-e2e`, built with `npm run build:e2e` when missing or older than its sources."""
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail("npm is not installed: run `make test` (bootstrap installs it)")
    if not (WEB / "node_modules").is_dir():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=WEB, check=True)
    if _dist_is_stale():
        subprocess.run([npm, "run", "--silent", "build:e2e"], cwd=WEB, check=True)
    return DIST


class WebServer(ServeProcess):
    """`coderemote serve` serving the built web app; on Redis, `restart` keeps port and data."""

    def __init__(
        self,
        port: int,
        redis_url: str | None,
        log_path: Path,
        env: dict[str, str] | None = None,
    ) -> None:
        """A server on `redis_url` (None: the memory store, which a restart empties).

        Its output is appended to `log_path`; `env` adds settings.
        """
        store = ["--store", "memory"]
        if redis_url is not None:
            store = ["--store", "redis", "--redis-url", redis_url]
        super().__init__(
            port,
            args=store,
            env={**os.environ, "CODEREMOTE_WEB_DIST": str(DIST), **(env or {})},
            log_path=log_path,
        )

    @property
    def url(self) -> str:
        return self.http


def _start_server(redis_server: RedisServer, tmp: Path) -> WebServer:
    server = WebServer(
        port=free_port(), redis_url=redis_server.url, log_path=tmp / "coderemote-serve.log"
    )
    server.start()
    return server


@pytest.fixture(scope="session")
def web_server(
    web_dist: Path, redis_server: RedisServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WebServer]:
    """One server for the session's browser tests (tests that restart it use their own)."""
    server = _start_server(redis_server, tmp_path_factory.mktemp("web-server"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def own_web_server(
    web_dist: Path, redis_server: RedisServer, tmp_path: Path
) -> Iterator[WebServer]:
    """A server only this test uses, so it may stop and restart it."""
    server = _start_server(redis_server, tmp_path)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def memory_web_server(web_dist: Path, tmp_path: Path) -> Iterator[WebServer]:
    """A server of this test's own on the memory store: a restart loses every room."""
    server = WebServer(port=free_port(), redis_url=None, log_path=tmp_path / "serve.log")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's Chromium (Playwright's own browser builds cannot be downloaded here)."""
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: run `make test` (bootstrap installs it)")
    return CHROMIUM


@pytest.fixture(scope="session")
async def browser(chromium: str) -> AsyncIterator[Browser]:
    """One headless Chromium for the session; each test opens its own contexts."""
    async with async_playwright() as pw:
        b = await pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            await b.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Remember each phase's outcome on the item so fixtures can screenshot on failure."""
    report = yield
    item.stash.setdefault(_FAILED, False)
    if report.failed:
        item.stash[_FAILED] = True
    return report


_FAILED = pytest.StashKey[bool]()


class Pages:
    """Opens browser contexts (one per person) and pages in the room app."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        self.contexts: list[BrowserContext] = []
        self.pages: list[Page] = []
        self.console: list[str] = []

    async def new_page(self, base_url: str, storage_state: Any = None) -> Page:
        """A page in a new context (a new browser profile, or one reopened from
        `storage_state`)."""
        context = await self.browser.new_context(
            base_url=base_url, viewport={"width": 1280, "height": 800}, storage_state=storage_state
        )
        self.contexts.append(context)
        return await self.page_in(context)

    async def page_in(self, context: BrowserContext) -> Page:
        """Another tab of the same browser profile."""
        page = await context.new_page()
        index = len(self.pages)
        page.on("console", lambda m: self.console.append(f"[{index}] {m.type}: {m.text}"))
        page.on("pageerror", lambda e: self.console.append(f"[{index}] pageerror: {e}"))
        self.pages.append(page)
        return page

    async def close(self) -> None:
        for context in self.contexts:
            await context.close()


@pytest.fixture
async def pages(browser: Browser, request: pytest.FixtureRequest) -> AsyncIterator[Pages]:
    """Browser contexts for one test; on failure every page is saved under test-artifacts/."""
    opened = Pages(browser)
    try:
        yield opened
    finally:
        if request.node.stash.get(_FAILED, False):
            ARTIFACTS.mkdir(exist_ok=True)
            name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)
            for i, page in enumerate(opened.pages):
                try:
                    await page.screenshot(path=str(ARTIFACTS / f"{name}-page{i}.png"))
                except Exception as exc:  # a crashed page must not hide the real failure
                    opened.console.append(f"screenshot of page {i} failed: {exc}")
            (ARTIFACTS / f"{name}-console.txt").write_text("\n".join(opened.console))
        await opened.close()


async def sign_in(page: Page, name: str, *, guest: bool = False) -> None:
    """Passes the sign-in screen as `name`: development sign-in, or a tokenless guest."""
    form = page.locator("[data-testid=dev-signin]")
    await form.wait_for(timeout=15_000)
    await form.locator("input[name=display-name]").fill(name)
    if guest:
        await form.get_by_test_id("guest-button").click()
    else:
        await form.locator("button[type=submit]").click()
    await form.wait_for(state="detached", timeout=15_000)


async def create_room(page: Page, name: str, kind: str = "shared") -> str:
    """Creates a room from the landing page and returns its path (`/r/<id>`)."""
    await page.goto("/")
    if await _on_sign_in(page):
        await sign_in(page, name)
    await page.locator(f"input[name=kind][value={kind}]").check()
    await page.get_by_role("button", name="Create room").click()
    await wait_ready(page)
    return re.sub(r"^https?://[^/]+", "", page.url)


async def _on_sign_in(page: Page) -> bool:
    forms = page.locator("[data-testid=dev-signin], [data-testid=create-room]")
    await forms.first.wait_for(timeout=15_000)
    return await page.locator("[data-testid=create-room]").count() == 0


async def invite_link(page: Page, role: str) -> str:
    """Creates an invite for `role` from the room's share box and returns its link."""
    links = page.get_by_test_id(f"invite-link-{role}")
    before = await links.count()
    await page.get_by_test_id(f"invite-{role}").click()
    await links.nth(before).wait_for(timeout=10_000)
    return str(await links.nth(before).input_value())


async def join(page: Page, path: str, name: str, *, guest: bool = False) -> None:
    """Opens a room path (or invite link), signing in as `name`, and waits for the editor."""
    await page.goto(path)
    await sign_in(page, name, guest=guest)
    await wait_ready(page)


async def wait_ready(page: Page) -> None:
    """Waits until the room's socket is connected, synced and Monaco is on screen."""
    await page.locator(
        "[data-testid=connection-badge][data-status=connected][data-synced=true]"
    ).wait_for(timeout=20_000)
    await page.locator("[data-testid=editor] .view-lines").wait_for(timeout=20_000)


# Monaco draws each line in a `.view-line` placed by its `top`; nodes are reused, so DOM order
# is not line order. Spaces are drawn as U+00A0. Test documents fit on screen (Monaco only
# draws the lines in view).
_RENDERED_TEXT = """(root) => [...root.querySelectorAll('.view-lines .view-line')]
    .map((line) => [parseFloat(line.style.top), line.textContent.replace(/\\u00a0/g, ' ')])
    .sort((a, b) => a[0] - b[0])
    .map((line) => line[1])
    .join('\\n')"""


async def editor_text(page: Page, editor: str = "[data-testid=editor]") -> str:
    """The text the page's editor (`editor`, a selector) shows, read as a person sees it."""
    return str(await page.locator(editor).evaluate(_RENDERED_TEXT))


# The read-only Monaco of a room's playback.
PLAYBACK_EDITOR = "[data-testid=playback] .monaco-editor"

# The shared document, as the page shows it: the editor is bound to the room's Y.Text.
doc_text = editor_text


async def _focus_editor(page: Page) -> None:
    await page.locator("[data-testid=editor] .view-lines").click()


# A paste event on the editor's input, carrying the text as the clipboard would: Monaco
# inserts pasted text as it is (typed text would be auto-indented line by line).
_PASTE = """(input, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}"""


async def paste(page: Page, text: str) -> None:
    """Pastes `text` at the editor's cursor (the focused editor's input gets the event)."""
    await page.locator("[data-testid=editor] textarea").evaluate(_PASTE, text)


async def set_code(page: Page, code: str) -> None:
    """Replaces the document as a person would: select all, then paste (or delete).

    Waits until the editor shows it.
    """
    await _focus_editor(page)
    await page.keyboard.press("Control+A")
    if code:
        await paste(page, code)
    else:
        await page.keyboard.press("Delete")
    await wait_editor(page, lambda text: text == code)


async def append_text(page: Page, text: str) -> None:
    """Pastes `text` at the end of the document (one edit)."""
    await _focus_editor(page)
    await page.keyboard.press("Control+End")
    await paste(page, text)


async def wait_editor(
    page: Page,
    ok: Callable[[str], bool],
    seconds: float = 20.0,
    editor: str = "[data-testid=editor]",
) -> str:
    """Waits until the editor's (`editor`, a selector) drawn text satisfies `ok`; returns it.

    Monaco draws a change a frame or more after it happens, later on a loaded machine.
    """
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        text = await editor_text(page, editor)
        if ok(text):
            return text
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"the editor shows {text!r}")
        await asyncio.sleep(0.05)


async def wait_text(page: Page, *needles: str, seconds: float = 20.0) -> str:
    """Waits until the page's document contains every needle; returns the text."""
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        text = await doc_text(page)
        if all(n in text for n in needles):
            return text
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"{needles!r} not all in {text!r}")
        await asyncio.sleep(0.1)


async def wait_same_text(a: Page, b: Page, *needles: str, seconds: float = 20.0) -> str:
    """Waits until both pages hold the same document containing every needle."""
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        ta, tb = await doc_text(a), await doc_text(b)
        if ta == tb and all(n in ta for n in needles):
            return ta
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"texts did not converge:\n{ta!r}\n---\n{tb!r}")
        await asyncio.sleep(0.1)


def random_room() -> str:
    """The path of a room never created through the API (open to guests in development)."""
    return f"/r/e2e-{secrets.token_urlsafe(8)}"


def random_name() -> str:
    """A short unique display name."""
    return f"u{secrets.token_hex(3)}"
