"""Health, readiness, metrics, history and the web app fallback over real HTTP."""

from __future__ import annotations

import base64
import uuid
from pathlib import Path

import httpx
from pycrdt import Doc, Text

from tests.integration.rooms.conftest import serve_in_process


async def test_health_metrics_and_history(server, clients) -> None:
    name = "ops-" + uuid.uuid4().hex[:8]
    a = await clients(server.ws(name))
    await a.wait_synced()
    await a.insert(0, "print(1)")
    await a.insert(0, "# hi\n")
    async with httpx.AsyncClient(base_url=server.http) as http:
        assert (await http.get("/healthz")).json() == {"status": "ok"}
        ready = await http.get("/readyz")
        assert ready.status_code == 200 and ready.json()["store"] == "ok"
        for _ in range(50):
            metrics = (await http.get("/metrics")).text
            if "coderemote_updates_total 2.0" in metrics:
                break
        assert "coderemote_updates_total 2.0" in metrics
        assert "coderemote_connections 1.0" in metrics
        assert "coderemote_fanout_seconds_bucket" in metrics
        history = (await http.get(f"/api/rooms/{name}/history")).json()
        assert (await http.get("/api/rooms/bad.id/history")).status_code == 400
    assert len(history["updates"]) == 2
    doc: Doc[Text] = Doc()
    for entry in history["updates"]:
        doc.apply_update(base64.b64decode(entry["update"]))
    assert str(doc.get("code", type=Text)) == "# hi\nprint(1)"


async def test_web_page_when_not_built(settings_for, tmp_path: Path) -> None:
    settings = settings_for(web_dist=str(tmp_path / "missing"))
    async with serve_in_process(settings) as srv, httpx.AsyncClient(base_url=srv.http) as http:
        page = await http.get("/")
        assert page.status_code == 200
        assert "make web" in page.text and "not been built" in page.text
        assert (await http.get("/api/nope")).status_code == 404


async def test_built_web_app_with_spa_fallback(settings_for, tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<html>app</html>")
    (dist / "assets" / "main-abc.js").write_text("console.log(1)")
    (tmp_path / "secret.txt").write_text("outside")
    settings = settings_for(web_dist=str(dist))
    async with serve_in_process(settings) as srv, httpx.AsyncClient(base_url=srv.http) as http:
        assert (await http.get("/")).text == "<html>app</html>"
        asset = await http.get("/assets/main-abc.js")
        assert asset.text == "console.log(1)"
        assert "immutable" in asset.headers["cache-control"]
        assert "javascript" in asset.headers["content-type"]
        # Client-side routes get the app; escapes outside dist get the app too.
        assert (await http.get("/rooms/abc")).text == "<html>app</html>"
        assert (await http.get("/..%2fsecret.txt")).text == "<html>app</html>"
        assert (await http.get("/api/missing")).status_code == 404
