"""Rate limits and quotas per user and per room (memory or Redis counters)."""

from realtime.limits.base import Decision, LimitStore, LimitsUnavailableError
from realtime.limits.memory import MemoryLimitStore
from realtime.limits.quotas import QuotaLimits, Quotas, RateLimitedError
from realtime.limits.redis import RedisLimitStore

__all__ = [
    "Decision",
    "LimitStore",
    "LimitsUnavailableError",
    "MemoryLimitStore",
    "QuotaLimits",
    "Quotas",
    "RateLimitedError",
    "RedisLimitStore",
]
