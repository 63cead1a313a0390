"""Sign-in through Cognito with AWS Amplify, when the server has Cognito settings.

Cognito itself is out of reach, so the real aws-amplify in the real page talks to a local
Cognito stand-in (`cognito_standin.py`) over HTTP: SRP sign-in with the real password check,
RS256 tokens the real server verifies against the stand-in's JWKS (issuer, client id, token
use and signature all checked). The development sign-in and anonymous sockets are off, so the
room only opens with a token the server accepted.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from jose import jwt
from playwright.async_api import Page

from tests.conftest import RedisServer, free_port
from tests.e2e.web.cognito_standin import CognitoStandIn
from tests.e2e.web.conftest import Pages, WebServer, wait_ready

pytestmark = pytest.mark.browser

USERNAME = "ada"
EMAIL = "ada@example.com"
DISPLAY_NAME = "Ada Lovelace"
PASSWORD = "Correct-Horse-7-battery"
OTHER = "bob"
OTHER_EMAIL = "bob@example.com"
OTHER_NAME = "Bob Babbage"
OTHER_PASSWORD = "Staple-9-Battery-horse"


@pytest.fixture(scope="module")
def cognito_pool() -> Iterator[CognitoStandIn]:
    """The stand-in user pool with one confirmed user."""
    pool = CognitoStandIn()
    pool.add_user(USERNAME, PASSWORD, email=EMAIL, name=DISPLAY_NAME)
    pool.add_user(OTHER, OTHER_PASSWORD, email=OTHER_EMAIL, name=OTHER_NAME)
    pool.start()
    try:
        yield pool
    finally:
        pool.stop()


@pytest.fixture(scope="module")
def cognito_server(
    web_dist: Path,
    redis_server: RedisServer,
    cognito_pool: CognitoStandIn,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[WebServer]:
    """`coderemote serve` with Cognito settings pointing at the stand-in."""
    server = WebServer(
        port=free_port(),
        redis_url=redis_server.url,
        log_path=tmp_path_factory.mktemp("cognito-server") / "coderemote-serve.log",
        env={
            "CODEREMOTE_COGNITO_REGION": cognito_pool.region,
            "CODEREMOTE_COGNITO_USER_POOL_ID": cognito_pool.pool_id,
            "CODEREMOTE_COGNITO_CLIENT_ID": cognito_pool.client_id,
            "CODEREMOTE_COGNITO_ENDPOINT": cognito_pool.endpoint,
            "CODEREMOTE_DEV_LOGIN": "false",
            "CODEREMOTE_ALLOW_ANONYMOUS": "false",
            # No code runs here: do not start Ray for nothing.
            "CODEREMOTE_WARM_ON_START": "false",
        },
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


async def _submit_cognito_form(page: Page, login: str, password: str) -> None:
    form = page.get_by_test_id("cognito-signin")
    await form.wait_for(timeout=15_000)
    assert await page.get_by_test_id("dev-signin").count() == 0
    await form.get_by_label("Email").fill(login)
    await form.get_by_label("Password").fill(password)
    await form.get_by_role("button", name="Sign in").click()


async def test_cognito_sign_in_opens_a_room_as_the_signed_in_user(
    cognito_server: WebServer, cognito_pool: CognitoStandIn, pages: Pages
) -> None:
    verified_before = cognito_pool.counters.verified
    page = await pages.new_page(cognito_server.url)
    await page.goto("/")
    await _submit_cognito_form(page, EMAIL, PASSWORD)
    await page.get_by_test_id("cognito-signin").wait_for(state="detached", timeout=20_000)
    assert cognito_pool.counters.verified == verified_before + 1

    # Creating a room needs a token the server verified (there is no dev sign-in here).
    await page.locator("input[name=kind][value=shared]").check()
    await page.get_by_role("button", name="Create room").click()
    await wait_ready(page)
    assert await page.get_by_test_id("role").inner_text() == "owner"
    participants = page.get_by_test_id("participants")
    assert f"{DISPLAY_NAME} (you)" in await participants.inner_text()
    assert DISPLAY_NAME in await page.locator(".user-badge").inner_text()
    # The page holds the stand-in's access token (Amplify's, not something the page made up).
    stored = json.loads(await page.evaluate("() => localStorage.getItem('coderemote.auth')"))
    claims = jwt.get_unverified_claims(stored["token"])
    assert claims["iss"] == cognito_pool.issuer
    assert claims["token_use"] == "access"
    assert claims["username"] == USERNAME


async def test_a_wrong_password_is_refused_by_the_srp_check(
    cognito_server: WebServer, cognito_pool: CognitoStandIn, pages: Pages
) -> None:
    refused_before = cognito_pool.counters.refused
    verified_before = cognito_pool.counters.verified
    page = await pages.new_page(cognito_server.url)
    await page.goto("/")
    await _submit_cognito_form(page, USERNAME, PASSWORD + "x")
    alert = page.get_by_test_id("cognito-signin").get_by_role("alert")
    await alert.wait_for(timeout=20_000)
    assert "Sign-in failed: Incorrect username or password." in await alert.inner_text()
    # It got as far as the password proof, and the proof was what failed.
    assert cognito_pool.counters.refused == refused_before + 1
    assert cognito_pool.counters.verified == verified_before
    assert await page.get_by_test_id("create-room").count() == 0


async def _amplify_keys(page: Page) -> list[str]:
    """The keys Amplify keeps its Cognito session under in this browser's storage."""
    keys = await page.evaluate("() => Object.keys(localStorage)")
    return [k for k in keys if k.startswith("CognitoIdentityServiceProvider.")]


async def test_sign_out_ends_the_cognito_session_and_another_person_can_sign_in(
    cognito_server: WebServer, cognito_pool: CognitoStandIn, pages: Pages
) -> None:
    page = await pages.new_page(cognito_server.url)
    await page.goto("/")
    await _submit_cognito_form(page, EMAIL, PASSWORD)
    badge = page.get_by_test_id("user-badge")
    await badge.wait_for(timeout=20_000)
    assert DISPLAY_NAME in await badge.inner_text()
    assert await _amplify_keys(page)  # Amplify holds the session, refresh token included
    revoked_before = cognito_pool.counters.revoked

    await badge.get_by_role("button", name="Sign out").click()
    await page.get_by_test_id("cognito-signin").wait_for(timeout=20_000)
    # The refresh token was revoked at Cognito and nothing of the session stays behind.
    for _ in range(100):
        if cognito_pool.counters.revoked > revoked_before and not await _amplify_keys(page):
            break
        await page.wait_for_timeout(100)
    assert cognito_pool.counters.revoked == revoked_before + 1
    assert await _amplify_keys(page) == []

    # Someone else signs in on the same browser, as themselves.
    await _submit_cognito_form(page, OTHER_EMAIL, OTHER_PASSWORD)
    await badge.wait_for(timeout=20_000)
    assert OTHER_NAME in await badge.inner_text()
    stored = json.loads(await page.evaluate("() => localStorage.getItem('coderemote.auth')"))
    assert jwt.get_unverified_claims(stored["token"])["username"] == OTHER
