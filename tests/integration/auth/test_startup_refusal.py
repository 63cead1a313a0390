"""`coderemote serve` refuses to start in production with the development provider or
anonymous access switched on, naming the setting."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import free_port

PRODUCTION = {
    "CODEREMOTE_ENVIRONMENT": "production",
    "CODEREMOTE_COGNITO_REGION": "eu-west-1",
    "CODEREMOTE_COGNITO_USER_POOL_ID": "eu-west-1_abc",
    "CODEREMOTE_COGNITO_CLIENT_ID": "client",
    "CODEREMOTE_INVITE_SECRET": "s" * 32,
}


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        ({"CODEREMOTE_DEV_LOGIN": "true"}, "CODEREMOTE_DEV_LOGIN"),
        ({"CODEREMOTE_ALLOW_ANONYMOUS": "true"}, "CODEREMOTE_ALLOW_ANONYMOUS"),
    ],
)
def test_production_start_up_is_refused(extra: dict[str, str], named: str) -> None:
    exe = shutil.which("coderemote", path=os.path.dirname(sys.executable))
    assert exe is not None, "the coderemote console script is missing: run `make bootstrap`"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CODEREMOTE_")}
    env |= PRODUCTION | {"CODEREMOTE_PORT": str(free_port())}
    env |= extra
    done = subprocess.run([exe, "serve"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert named in done.stderr
