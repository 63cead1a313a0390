"""The one way this server opens Redis: a bounded, blocking pool with retries and a name.

Every Redis-backed store of a process (rooms, metadata, limits, runs, the access bus) shares
one client built here, so the connections a process holds stay constant however many rooms
it serves: the room log is tailed by one reader for all rooms (`stores/log_follower.py`) and
everything else borrows a pooled connection for one command at a time.

A full pool makes a command wait for a free connection (`BlockingConnectionPool` with no
timeout); it never raises, so a busy server is never mistaken for a Redis outage. Commands
that fail because the connection broke (a Redis restart, a dropped socket) are retried with
backoff before the caller hears of it, so the first request after a restart succeeds.
"""

from __future__ import annotations

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

__all__ = ["DEFAULT_MAX_CONNECTIONS", "REDIS_UNAVAILABLE", "connection_name", "redis_client"]

#: Connections one process may open to Redis: the log reader, the two Pub/Sub listeners
#: (room frames, access events) and commands in flight. Enough for 500 busy rooms on 2 cores
#: (`bench/bench_durable_rooms.py`); a larger burst waits for a free connection.
DEFAULT_MAX_CONNECTIONS = 16
#: Seconds a blocking command may wait for its reply; must exceed the reader's XREAD block.
SOCKET_TIMEOUT_S = 10.0

# Errors meaning Redis cannot be reached (after the client's own retries).
REDIS_UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)


def connection_name(instance_id: str) -> str:
    """The `CLIENT SETNAME` of every connection of one server process."""
    return f"coderemote:{instance_id}"


def redis_client(
    url: str,
    *,
    name: str | None = None,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
    retries: int = 3,
) -> aioredis.Redis:
    """A client with its own bounded, blocking pool; nothing connects until the first command.

    Args:
        url: redis://, rediss:// or unix:// URL.
        name: Sent as `CLIENT SETNAME` on every connection (`CLIENT LIST` then shows which
            server process holds which connection).
        max_connections: Pool size; a command waits when all are in use.
        retries: Attempts after the first when the connection fails or times out.

    Returns:
        The client; the caller closes it with `aclose()`.
    """
    pool = aioredis.BlockingConnectionPool.from_url(
        url,
        max_connections=max_connections,
        # Wait for a free connection as long as it takes: commands time out on their own
        # (socket_timeout), so a connection always comes back to the pool.
        timeout=None,
        socket_connect_timeout=1.0,
        socket_timeout=SOCKET_TIMEOUT_S,
        health_check_interval=15,
        client_name=name,
        retry=Retry(ExponentialBackoff(cap=0.5, base=0.05), retries),
        retry_on_error=[RedisConnectionError, RedisTimeoutError],
    )
    return aioredis.Redis.from_pool(pool)
