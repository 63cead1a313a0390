"""The `coderemote` command.

`coderemote serve [--host] [--port] [--store] [--redis-url] [--data-dir]` and
`coderemote run FILE [--stdin FILE] [--server URL] [--token T]`.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realtime.settings import Settings

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="coderemote", description="Code Remote server.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the HTTP and WebSocket server")
    serve.add_argument("--host", help="interface to bind (CODEREMOTE_HOST, default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="TCP port (CODEREMOTE_PORT, default 8000)")
    serve.add_argument(
        "--store",
        choices=["memory", "redis", "embedded"],
        help="where state lives (CODEREMOTE_STORE, default memory): memory (lost at exit), "
        "redis (the Redis at --redis-url), embedded (a redis-server run by this command on "
        "--data-dir, kept across restarts; `make run` uses it)",
    )
    serve.add_argument("--redis-url", help="Redis URL when --store redis (CODEREMOTE_REDIS_URL)")
    serve.add_argument(
        "--data-dir",
        help="data folder (CODEREMOTE_DATA_DIR; default .data with --store embedded)",
    )
    run = commands.add_parser(
        "run", help="run a file on a server (language by its extension), printing output live"
    )
    run.add_argument("file", help="the program to run")
    run.add_argument("--stdin", help="file whose content is the program's input")
    run.add_argument(
        "--server", default="http://127.0.0.1:8000", help="server URL (default %(default)s)"
    )
    run.add_argument("--token", help="bearer token (CODEREMOTE_TOKEN); none: anonymous")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = _parser().parse_args(argv)
    if args.command == "run":
        from realtime.run_cli import run_file

        return run_file(args.file, stdin_path=args.stdin, server=args.server, token=args.token)
    # Imported here so `coderemote --help` stays instant.
    from realtime.logs import configure_logging
    from realtime.settings import SettingsError, load_settings
    from realtime.stores.embedded_redis import DEFAULT_DATA_DIR, EmbeddedRedis, EmbeddedRedisError

    try:
        settings = load_settings(
            host=args.host,
            port=args.port,
            store=args.store,
            redis_url=args.redis_url,
            data_dir=args.data_dir,
        )
    except SettingsError as exc:
        print(f"coderemote: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    # uvicorn re-raises the SIGTERM it caught once it has shut down; as an exception it
    # unwinds the stack below, so the embedded Redis is stopped in order, not killed.
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    with contextlib.ExitStack() as resources:
        if settings.store == "embedded":
            embedded = EmbeddedRedis(Path(settings.data_dir or DEFAULT_DATA_DIR))
            try:
                url = resources.enter_context(embedded)
            except EmbeddedRedisError as exc:
                print(f"coderemote: {exc}", file=sys.stderr)
                return 2
            # Everything below runs the ordinary Redis code paths against the embedded one.
            settings = settings.model_copy(
                update={"store": "redis", "redis_url": url, "data_dir": str(embedded.data_dir)}
            )
            print(f"Code Remote keeps its data in {embedded.data_dir}", flush=True)
        try:
            return _serve(settings)
        except KeyboardInterrupt:
            return 130


def _exit_on_sigterm(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def _serve(settings: Settings) -> int:
    """Build the app and run uvicorn until it is stopped."""
    import uvicorn

    from realtime.app import create_app

    try:
        app = create_app(settings)
    except ValueError as exc:
        print(f"coderemote: {exc}", file=sys.stderr)
        return 2
    from actors.settings import ActorSettings

    # Runs and analysis go to the Ray actors (a local Ray, started on first use, unless
    # CODEREMOTE_RAY_ADDRESS names a cluster).
    app.state.runs.enable(warm_on_start=ActorSettings().warm_on_start)
    # Start-up objects (modules, the app) live forever: keep them out of the cyclic
    # collector's full passes, which otherwise stall every room for milliseconds.
    gc.collect()
    gc.freeze()
    shown = "127.0.0.1" if settings.host in ("0.0.0.0", "::") else settings.host
    print(f"Code Remote is running: open http://{shown}:{settings.port}/", flush=True)
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        ws_max_size=settings.max_frame_bytes,
        # Yjs frames are small binary deltas: compression buys little and costs ~48 KiB
        # of zlib state per connection plus CPU on every frame.
        ws_per_message_deflate=False,
        log_config=None,
        access_log=False,
        lifespan="on",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
