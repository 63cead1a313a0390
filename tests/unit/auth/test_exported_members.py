"""The public names of the auth, API, limits and metadata packages (pinned, as httpx does)."""

from __future__ import annotations

import importlib

import pytest

EXPECTED = {
    "realtime.auth": {
        "Action",
        "AuthError",
        "InvalidTokenError",
        "JwksCache",
        "KeysUnavailableError",
        "Role",
        "RoomKind",
        "TokenVerifier",
        "VerifiedToken",
    },
    "realtime.api": {
        "AccessWiring",
        "ApiError",
        "exception_handlers",
        "openapi_components",
        "wire_access",
    },
    "realtime.limits": {
        "Decision",
        "LimitStore",
        "LimitsUnavailableError",
        "MemoryLimitStore",
        "QuotaLimits",
        "Quotas",
        "RateLimitedError",
        "RedisLimitStore",
    },
    "realtime.metadata": {
        "InviteRecord",
        "MemberRecord",
        "MemoryRoomMetaStore",
        "MetadataUnavailableError",
        "RedisRoomMetaStore",
        "RoomMetaStore",
        "RoomRecord",
        "top_role",
    },
}


@pytest.mark.parametrize("package", sorted(EXPECTED))
def test_public_names(package: str) -> None:
    module = importlib.import_module(package)
    assert set(module.__all__) == EXPECTED[package]
    for name in module.__all__:
        assert getattr(module, name) is not None
