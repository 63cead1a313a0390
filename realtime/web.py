"""Serves the built web app (`web/dist`) at `/`, or a page explaining how to build it."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from litestar import Response, Router, get
from litestar.exceptions import NotFoundException
from litestar.params import FromPath

__all__ = ["web_router"]

_NOT_BUILT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Code Remote: web app not built</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;line-height:1.5}
code{background:#eee;padding:.1rem .3rem}</style></head>
<body><h1>Code Remote</h1>
<p>The server is running, but the web app has not been built, so there is no editor to show.</p>
<p>Build it with <code>make web</code>
(or <code>cd web &amp;&amp; npm ci &amp;&amp; npm run build</code>)
and reload this page; <code>make run</code> does both.</p>
<p>The realtime API is up: rooms at <code>/ws/rooms/{room_id}</code>, health at
<a href="/healthz">/healthz</a>, metrics at <a href="/metrics">/metrics</a>.</p>
</body></html>
"""

# Paths owned by the API: a miss there is a real 404, never the app's index.html.
_API_PREFIXES = ("api/", "ws/", "schema", "healthz", "readyz", "metrics", ".well-known/")


def web_router(dist: Path) -> Router:
    """Routes for `/` and every other unclaimed path (single-page-app fallback to index.html).

    Args:
        dist: Directory of the built app; looked up on every request, so building it while
            the server runs is picked up without a restart.
    """
    root = dist.resolve()

    def serve(path: str) -> Response[bytes]:
        index = root / "index.html"
        if not index.is_file():
            return Response(_NOT_BUILT.encode(), media_type="text/html; charset=utf-8")
        target = (root / path).resolve() if path else index
        # resolve() folds `..` and symlinks: anything outside dist falls back to index.html.
        if not target.is_relative_to(root) or not target.is_file():
            target = index
        media_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        # Vite puts content-hashed files under assets/: those never change under one name.
        hashed = target.is_relative_to(root / "assets")
        cache = "public, max-age=31536000, immutable" if hashed else "no-cache"
        return Response(
            target.read_bytes(), media_type=media_type, headers={"Cache-Control": cache}
        )

    @get("/", include_in_schema=False, sync_to_thread=False)
    def index() -> Response[bytes]:
        return serve("")

    @get("/{path:path}", include_in_schema=False, sync_to_thread=False)
    def asset(path: FromPath[str]) -> Response[bytes]:
        relative = path.lstrip("/")
        if relative.startswith(_API_PREFIXES):
            raise NotFoundException()
        return serve(relative)

    return Router(path="/", route_handlers=[index, asset])
