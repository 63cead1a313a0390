"""The Kubernetes backend against a local server speaking the Kubernetes API.

The real `kubernetes` client makes every request; the fake runs the pod's command locally.
"""

from __future__ import annotations

import asyncio

import pytest
import yaml

from sandbox.backends.k8s_pod_template import POD_TEMPLATE_NAME, TEMPLATE_PATH
from sandbox.errors import SandboxUnavailableError
from sandbox.events import (
    Diagnostic,
    RunEvent,
    RunFinished,
    RunOutput,
    RunRequest,
    RunStarted,
)
from sandbox.interfaces import RunHandle, SandboxPool
from sandbox.verdicts import Verdict
from tests.integration.k8s_backend.conftest import PoolFactory
from tests.integration.k8s_backend.fake_kube_api import FakeKubeApi

NS = "code-remote-sandbox"


async def collect(handle: RunHandle) -> list[RunEvent]:
    return [event async for event in handle.events()]


def output(events: list[RunEvent], stream: str = "stdout") -> str:
    return "".join(e.data for e in events if isinstance(e, RunOutput) and e.stream == stream)


def finished(events: list[RunEvent]) -> RunFinished:
    last = events[-1]
    assert isinstance(last, RunFinished)
    return last


async def test_run_follows_the_request_sequence(
    kube_api: FakeKubeApi, make_pool: PoolFactory
) -> None:
    pool: SandboxPool = make_pool()
    await pool.start()
    code = "import sys\nprint('hello', sys.stdin.read().upper())\n"
    handle = await pool.submit(RunRequest(run_id="r1", code=code, stdin="world"))
    events = await asyncio.wait_for(collect(handle), 20)

    assert isinstance(events[0], RunStarted)
    assert output(events) == "hello WORLD\n"
    result = finished(events).result
    assert result.verdict is Verdict.OK and result.exit_code == 0

    creates = [p for m, p in kube_api.log if m == "POST"]
    pod = creates[0].split("#")[1]
    sequence = kube_api.requests_for(pod)
    base = f"/api/v1/namespaces/{NS}/pods/{pod}"
    assert sequence[0] == ("POST", f"/api/v1/namespaces/{NS}/pods#{pod}")
    kinds = [(m, p.removeprefix(base)) for m, p in sequence[1:]]
    attach = kinds.index(("GET", "/attach"))
    assert attach > 0 and set(kinds[:attach]) == {("GET", "")}, kinds  # polled until Running
    assert kinds[attach + 1 : -1] and set(kinds[attach + 1 : -1]) == {("GET", "")}  # status
    assert kinds[-1] == ("DELETE", "")
    assert (NS, pod) not in kube_api.pods
    # The pool replaced the used pod with a fresh one.
    assert len(creates) >= 2


async def test_exit_status_comes_from_the_pod_status(make_pool: PoolFactory) -> None:
    pool = make_pool()
    await pool.start()
    code = "print('exit status 0, verdict ok')\nraise SystemExit(3)\n"
    events = await collect(await pool.submit(RunRequest(run_id="r2", code=code)))
    result = finished(events).result
    assert result.verdict is Verdict.RUNTIME_ERROR
    assert result.exit_code == 3
    crash = "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n"
    result = finished(await collect(await pool.submit(RunRequest(run_id="r3", code=crash)))).result
    assert result.verdict is Verdict.RUNTIME_ERROR and result.signal == 11


async def test_interactive_input_and_eof(make_pool: PoolFactory) -> None:
    pool = make_pool()
    await pool.start()
    code = (
        "name = input('name? ')\nprint('hi', name)\nimport sys\n"
        "print('rest', repr(sys.stdin.read()))\n"
    )
    handle = await pool.submit(RunRequest(run_id="r4", code=code, interactive=True))
    stream = handle.events()
    seen: list[RunEvent] = []
    async for event in stream:
        seen.append(event)
        if "name?" in output(seen):
            break
    await handle.send_input("Ada\n")
    await handle.send_input("more")
    await handle.close_input()
    async for event in stream:
        seen.append(event)
    assert output(seen) == "name? hi Ada\nrest 'more'\n"
    assert finished(seen).result.verdict is Verdict.OK


async def test_timeout_cancel_and_output_limit(
    kube_api: FakeKubeApi, make_pool: PoolFactory
) -> None:
    pool = make_pool(warm=2, run_timeout_s=1.5, output_limit_bytes=2000)
    await pool.start()
    spin = await pool.submit(RunRequest(run_id="t", code="while True:\n    pass\n"))
    flood = await pool.submit(RunRequest(run_id="f", code="while True:\n    print('x' * 99)\n"))
    timed_out, flooded = await asyncio.wait_for(asyncio.gather(collect(spin), collect(flood)), 20)
    assert finished(timed_out).result.verdict is Verdict.TIMEOUT
    flood_result = finished(flooded).result
    assert flood_result.verdict is Verdict.OUTPUT_LIMIT and flood_result.output_truncated
    assert len(output(flooded).encode()) <= 2000

    sleeper = await pool.submit(RunRequest(run_id="c", code="print('up')\nwhile True: pass\n"))
    events: list[RunEvent] = []
    async for event in sleeper.events():
        events.append(event)
        if isinstance(event, RunOutput):
            await sleeper.cancel()
    assert finished(events).result.verdict is Verdict.CANCELLED
    # Every used pod is gone: only the warm replacements remain.
    used = {p.split("#")[1] for m, p in kube_api.log if m == "POST"}
    live = {name for _, name in kube_api.pods}
    assert len(live) <= 2 and live < used


async def test_policy_rejection_takes_no_pod(kube_api: FakeKubeApi, make_pool: PoolFactory) -> None:
    def no_imports(code: str) -> list[Diagnostic]:
        if "import" in code:
            return [Diagnostic(line=1, column=0, message="imports are not allowed", code="import")]
        return []

    pool = make_pool()
    pool._validator = no_imports
    await pool.start()
    attaches = sum(1 for m, p in kube_api.log if p.endswith("/attach"))
    events = await collect(await pool.submit(RunRequest(run_id="p", code="import os\n")))
    result = finished(events).result
    assert result.verdict is Verdict.POLICY_VIOLATION
    assert result.diagnostics[0].line == 1
    assert sum(1 for m, p in kube_api.log if p.endswith("/attach")) == attaches


async def test_forbidden_or_unreachable_api_is_a_clear_error(make_pool: PoolFactory) -> None:
    for overrides in ({"namespace": "elsewhere"}, {"host": "http://127.0.0.1:9"}):
        pool = make_pool(**overrides)
        with pytest.raises(SandboxUnavailableError, match="RBAC"):
            await pool.start()


async def test_template_comes_from_the_clusters_pod_template(
    kube_api: FakeKubeApi, make_pool: PoolFactory
) -> None:
    doc = yaml.safe_load(TEMPLATE_PATH.read_text())
    doc["template"]["spec"]["containers"][0]["image"] = "registry.example/sandbox:1.2.3"
    kube_api.pod_templates[POD_TEMPLATE_NAME] = doc
    pool = make_pool(template=None)
    await pool.start()
    events = await collect(await pool.submit(RunRequest(run_id="tpl", code="print(6 * 7)")))
    assert output(events) == "42\n"
    pod = next(p for _, p in kube_api.log if "#" in p).split("#")[1]
    assert ("GET", f"/api/v1/namespaces/{NS}/podtemplates/{POD_TEMPLATE_NAME}") in kube_api.log
    created = kube_api.created[pod]
    assert created["spec"]["containers"][0]["image"] == "registry.example/sandbox:1.2.3"
    assert created["spec"]["nodeSelector"] == doc["template"]["spec"]["nodeSelector"]
