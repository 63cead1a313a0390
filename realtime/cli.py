"""The `coderemote` command: `coderemote serve [--host] [--port] [--store] [--redis-url]` and
`coderemote run FILE [--stdin FILE] [--server URL] [--token T]`."""

from __future__ import annotations

import argparse
import gc
import sys

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="coderemote", description="Code Remote server.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the HTTP and WebSocket server")
    serve.add_argument("--host", help="interface to bind (CODEREMOTE_HOST, default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="TCP port (CODEREMOTE_PORT, default 8000)")
    serve.add_argument(
        "--store", choices=["memory", "redis"], help="room store (CODEREMOTE_STORE, default memory)"
    )
    serve.add_argument("--redis-url", help="Redis URL when --store redis (CODEREMOTE_REDIS_URL)")
    run = commands.add_parser("run", help="run a Python file on a server, printing output live")
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
    import uvicorn

    from realtime.app import create_app
    from realtime.logs import configure_logging
    from realtime.settings import SettingsError, load_settings

    try:
        settings = load_settings(
            host=args.host, port=args.port, store=args.store, redis_url=args.redis_url
        )
    except SettingsError as exc:
        print(f"coderemote: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
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
