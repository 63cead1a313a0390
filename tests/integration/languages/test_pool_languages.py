"""Every compiled language through the warm pool's `submit`, the same API and events as Python.

One pool for the module (real gVisor, a 64 KiB output cap so the output-limit runs are short);
timeouts shorten the wall clock of their own run. Per language: hello world with stdin given up
front, input typed while the program runs, a runtime error whose output names its line, a
compile error with its marker, timeout, memory limit and output limit. Then: a warm sandbox
serves one run and a replacement warms; unknown languages are refused.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from sandbox.errors import UnknownLanguageError
from sandbox.events import RunEvent, RunFinished, RunOutput, RunRequest, RunStarted
from sandbox.languages import get_language
from sandbox.pool import WarmPool
from sandbox.runner import SandboxRun
from sandbox.verdicts import Verdict
from tests.integration.languages.test_languages import BROKEN
from tests.security.conftest import collect, security_settings

pytestmark = pytest.mark.gvisor

LANGUAGES = ["javascript", "typescript", "cpp", "java", "go"]
OUTPUT_LIMIT = 64 * 1024

# Prints "ready", then waits for one line typed while it runs and answers it.
INTERACTIVE = {
    "javascript": (
        'process.stdout.write("ready\\n");\nlet buf = "";\n'
        'process.stdin.on("data", (d) => {\n  buf += d;\n  const i = buf.indexOf("\\n");\n'
        '  if (i >= 0) { console.log("got " + buf.slice(0, i)); process.exit(0); }\n});\n'
    ),
    "typescript": (
        'process.stdout.write("ready\\n");\nlet buf: string = "";\n'
        'process.stdin.on("data", (d: string) => {\n  buf += d;\n  const i = buf.indexOf("\\n");\n'
        '  if (i >= 0) { console.log("got " + buf.slice(0, i)); process.exit(0); }\n});\n'
    ),
    "cpp": (
        "#include <iostream>\n#include <string>\nint main() {\n"
        '    std::cout << "ready" << std::endl;\n    std::string s;\n'
        '    std::getline(std::cin, s);\n    std::cout << "got " << s << std::endl;\n}\n'
    ),
    "java": (
        "import java.io.*;\n\npublic class Main {\n"
        "    public static void main(String[] a) throws IOException {\n"
        '        System.out.println("ready");\n        System.out.flush();\n'
        "        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n"
        '        System.out.println("got " + in.readLine());\n    }\n}\n'
    ),
    "go": (
        'package main\n\nimport (\n\t"bufio"\n\t"fmt"\n\t"os"\n\t"strings"\n)\n\n'
        'func main() {\n\tfmt.Println("ready")\n'
        "\ts, _ := bufio.NewReader(os.Stdin).ReadString('\\n')\n"
        '\tfmt.Println("got " + strings.TrimSpace(s))\n}\n'
    ),
}
# A program that fails at run time, and the file:line its output must name.
CRASH = {
    "javascript": (
        'const a = null;\nconsole.log("before");\nconsole.log(a.length);\n',
        "main.js:3",
    ),
    "typescript": (
        'const xs: number[] = [1];\nconsole.log("before");\n'
        'if (xs.length < 2) throw new Error("too short");\n',
        "main.ts:3",
    ),
    "cpp": (
        "#include <cassert>\n#include <iostream>\nint main() {\n"
        '    std::cout << "before" << std::endl;\n'
        "    int n = 0;\n    assert(n > 0);\n}\n",
        "main.cpp:6",
    ),
    "java": (
        "public class Main {\n    public static void main(String[] a) {\n"
        '        System.out.println("before");\n        int[] xs = new int[2];\n'
        "        xs[5] = 1;\n    }\n}\n",
        "Main.java:5",
    ),
    "go": (
        'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("before")\n'
        "\txs := []int{1, 2}\n\ti := 5\n\tfmt.Println(xs[i])\n}\n",
        "main.go:9",
    ),
}
SPIN = {
    "javascript": "for (;;) {}\n",
    "typescript": "let n: number = 0;\nfor (;;) { n++; }\n",
    "cpp": "int main() {\n    volatile unsigned long n = 0;\n    for (;;) n++;\n}\n",
    "java": (
        "public class Main {\n    public static void main(String[] a) {\n"
        "        long n = 0;\n        while (true) n++;\n    }\n}\n"
    ),
    "go": "package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n",
}
# Allocates and touches memory until something gives.
HOG = {
    "javascript": "const keep = [];\nfor (;;) keep.push(new Array(100000).fill(1.5));\n",
    "typescript": (
        "const keep: number[][] = [];\nfor (;;) keep.push(new Array(100000).fill(1.5));\n"
    ),
    "cpp": (
        "#include <vector>\nint main() {\n    std::vector<std::vector<char>> keep;\n"
        "    for (;;) keep.emplace_back(1 << 20, 'x');\n}\n"
    ),
    "java": (
        "import java.util.*;\n\npublic class Main {\n"
        "    public static void main(String[] a) {\n"
        "        List<long[]> keep = new ArrayList<>();\n"
        "        while (true) keep.add(new long[1 << 20]);\n    }\n}\n"
    ),
    # One byte a page: touching every byte took about a second of CPU, ten seconds of wall
    # at Go's 0.1 core, and a loaded CI machine ran it past the wall limit first.
    "go": (
        "package main\n\nfunc main() {\n\tvar keep [][]byte\n\tfor {\n"
        "\t\tb := make([]byte, 1<<20)\n"
        "\t\tfor i := 0; i < len(b); i += 4096 {\n\t\t\tb[i] = 1\n\t\t}\n"
        "\t\tkeep = append(keep, b)\n\t}\n}\n"
    ),
}
SPAM = {
    # console.log in a busy loop: Node.js would queue it in memory once the pipe is full, but
    # the preloaded node-stdio.js makes the write block until the host reads.
    "javascript": 'const line = "x".repeat(99);\nfor (;;) console.log(line);\n',
    "typescript": 'const line: string = "x".repeat(99);\nfor (;;) console.log(line);\n',
    "cpp": (
        "#include <iostream>\n#include <string>\nint main() {\n"
        "    std::string line(99, 'x');\n    for (;;) std::cout << line << '\\n';\n}\n"
    ),
    "java": (
        "public class Main {\n    public static void main(String[] a) {\n"
        '        String line = "x".repeat(99);\n        while (true) System.out.println(line);\n'
        "    }\n}\n"
    ),
    "go": (
        'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n'
        '\tline := strings.Repeat("x", 99)\n\tfor {\n\t\tfmt.Println(line)\n\t}\n}\n'
    ),
}


@pytest.fixture(scope="module")
async def pool(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[WarmPool]:
    """A warm gVisor pool; every language is prewarmed, as a room switching to it would."""
    settings = security_settings(
        tmp_path_factory.mktemp("pool-languages"),
        pool_size=2,
        output_limit_bytes=OUTPUT_LIMIT,
    )
    warm = WarmPool.from_settings(settings)
    await warm.start()
    for language in LANGUAGES:  # trees and first sandboxes while the first test starts
        await warm.prewarm(language)
    yield warm
    await warm.close()


def request(language: str, code: str, **fields: object) -> RunRequest:
    """A run of `code` in `language` with a fresh id."""
    return RunRequest(run_id=uuid.uuid4().hex, code=code, language=language, **fields)  # type: ignore[arg-type]


async def each_language(check: Callable[[str], Awaitable[None]]) -> None:
    """Run `check` for every language at once; fail naming each language that failed.

    At once, because most of a run is a compile at one core or a wait (a wall clock, a JVM
    at half a core): one after the other the five languages took twice as long.
    """
    results = await asyncio.gather(*(check(lang) for lang in LANGUAGES), return_exceptions=True)
    failed = {
        lang: f"{type(r).__name__}: {r}"
        for lang, r in zip(LANGUAGES, results, strict=True)
        if isinstance(r, BaseException)
    }
    assert not failed, "\n".join(f"{lang}: {why}" for lang, why in failed.items())


def assert_stream_shape(events: list[RunEvent]) -> None:
    """RunStarted first, output numbered from 0 without gaps, exactly one RunFinished last."""
    assert isinstance(events[0], RunStarted)
    assert isinstance(events[-1], RunFinished)
    assert sum(isinstance(e, RunFinished) for e in events) == 1
    seqs = [e.seq for e in events if isinstance(e, RunOutput)]
    assert seqs == list(range(len(seqs)))


async def test_hello_with_stdin_given_up_front(pool: WarmPool) -> None:
    async def check(language: str) -> None:
        source = get_language(language).starter
        handle = await pool.submit(request(language, source, stdin="Ada\n"))
        events = [event async for event in handle.events()]
        assert_stream_shape(events)
        finished = events[-1]
        assert isinstance(finished, RunFinished)
        stdout = "".join(
            e.data for e in events if isinstance(e, RunOutput) and e.stream == "stdout"
        )
        assert finished.verdict is Verdict.OK, finished
        assert stdout.endswith("Hello, Ada!\n"), stdout
        assert finished.exit_code == 0 and finished.diagnostics == ()
        assert finished.compile_ms is not None and finished.compile_ms > 0
        assert finished.cpu_ms is not None and finished.peak_memory_bytes is not None

    await each_language(check)


async def test_input_typed_while_it_runs(pool: WarmPool) -> None:
    async def check(language: str) -> None:
        handle = await pool.submit(request(language, INTERACTIVE[language], interactive=True))
        events: list[RunEvent] = []
        async with asyncio.timeout(60):
            async for event in handle.events():
                events.append(event)
                if isinstance(event, RunOutput) and event.data.startswith("ready"):
                    await handle.send_input("forty-two\n")
        assert_stream_shape(events)
        chunks = [(e.stream, e.data) for e in events if isinstance(e, RunOutput)]
        # The echo of the typed line sits between the prompt and the answer it caused.
        typed = [("stdout", "ready\n"), ("stdin", "forty-two\n"), ("stdout", "got forty-two\n")]
        assert chunks == typed
        finished = events[-1]
        assert isinstance(finished, RunFinished) and finished.verdict is Verdict.OK, finished

    await each_language(check)


async def test_runtime_error_names_its_line(pool: WarmPool) -> None:
    async def check(language: str) -> None:
        source, where = CRASH[language]
        outcome = await collect(await pool.submit(request(language, source)))
        assert outcome.verdict is Verdict.RUNTIME_ERROR, outcome.result
        assert outcome.stdout == "before\n"
        assert where in outcome.stderr, outcome.stderr

    await each_language(check)


async def test_compile_error_is_a_marker_and_nothing_runs(pool: WarmPool) -> None:
    async def check(language: str) -> None:
        source, (line, column) = BROKEN[language]
        outcome = await collect(await pool.submit(request(language, source)))
        result = outcome.result
        assert result.verdict is Verdict.COMPILE_ERROR, result
        first = result.diagnostics[0]
        # Markers are 1-based lines and 0-based columns, as every other diagnostic.
        assert (first.line, first.column, first.kind) == (line, column - 1, "compile"), result
        assert first.message and f"line {line}" in result.message
        assert result.compile_ms is not None
        # The compiler's own words are in the transcript; the program never ran.
        assert outcome.stdout == "" and str(line) in outcome.stderr, outcome.stderr

    await each_language(check)


async def test_timeout(pool: WarmPool) -> None:
    async def check(language: str) -> None:
        handle = await pool.submit(request(language, SPIN[language]), wall_timeout_s=1.5)
        outcome = await collect(handle)
        assert outcome.verdict is Verdict.TIMEOUT, outcome.result
        # The wall clock starts when the program does, after its compile.
        assert outcome.result.compile_ms is not None
        assert 1400 <= outcome.result.wall_ms < 8000, outcome.result

    await each_language(check)


async def test_memory_limit(pool: WarmPool) -> None:
    async def check(language: str) -> None:
        outcome = await collect(await pool.submit(request(language, HOG[language])))
        assert outcome.verdict is Verdict.MEMORY_LIMIT, (outcome.result, outcome.stderr[-300:])

    await each_language(check)


async def test_output_limit(pool: WarmPool) -> None:
    async def check(language: str) -> None:
        outcome = await collect(await pool.submit(request(language, SPAM[language])))
        result = outcome.result
        assert result.verdict is Verdict.OUTPUT_LIMIT, result
        assert result.output_truncated and result.output_bytes == OUTPUT_LIMIT
        assert outcome.stdout.startswith("x" * 99 + "\n")

    await each_language(check)


async def test_a_warm_sandbox_serves_one_run_and_a_replacement_warms(pool: WarmPool) -> None:
    await pool.prewarm("javascript")
    async with asyncio.timeout(30):
        while not pool.warm_by_language().get("javascript"):  # noqa: ASYNC110 - polling stats
            await asyncio.sleep(0.05)
    lane = pool._lanes["javascript"]
    warm_ids = {sandbox.id for sandbox in lane.warm}
    handle = await pool.submit(request("javascript", 'console.log("once")\n'))
    assert isinstance(handle, SandboxRun) and handle.sandbox is not None
    used = handle.sandbox
    assert used.id in warm_ids  # it took a warm one
    outcome = await collect(handle)
    assert outcome.stdout == "once\n"
    assert used.destroyed and used not in lane.warm
    async with asyncio.timeout(30):
        while not lane.warm:  # noqa: ASYNC110 - polling stats
            await asyncio.sleep(0.05)
    assert all(sandbox.id != used.id for sandbox in lane.warm)
    assert pool.stats().warm == sum(pool.warm_by_language().values())


async def test_cancel_while_compiling_and_while_running(pool: WarmPool) -> None:
    compiling = await pool.submit(request("cpp", SPIN["cpp"]))
    await asyncio.sleep(0.2)
    await compiling.cancel()
    assert (await collect(compiling)).verdict is Verdict.CANCELLED
    running = await pool.submit(request("javascript", INTERACTIVE["javascript"], interactive=True))
    async for event in running.events():
        if isinstance(event, RunOutput) and event.data == "ready\n":
            await running.cancel()
        if isinstance(event, RunFinished):
            assert event.verdict is Verdict.CANCELLED


async def test_unknown_language_is_refused(pool: WarmPool) -> None:
    outcome = await collect(await pool.submit(request("cobol", "DISPLAY 'HI'.")))
    assert outcome.verdict is Verdict.POLICY_VIOLATION
    assert "unknown language 'cobol'" in outcome.result.message
    assert "javascript" in outcome.result.message
    with pytest.raises(UnknownLanguageError, match="cobol"):
        await pool.prewarm("cobol")


async def test_python_policy_is_python_only(pool: WarmPool) -> None:
    # `import os` is refused in Python; in JavaScript `require` is the language's own business.
    refused = await collect(await pool.submit(request("python", "import os\nprint(1)\n")))
    assert refused.verdict is Verdict.POLICY_VIOLATION
    js = 'const os = require("os");\nconsole.log(typeof os.cpus);\n'
    outcome = await collect(await pool.submit(request("javascript", js)))
    assert (outcome.verdict, outcome.stdout) == (Verdict.OK, "function\n")


@pytest.mark.timeout(240)  # above the settle wait, so a pool that never settles says why
async def test_a_language_leaves_use_when_idle_and_comes_back(pool: WarmPool) -> None:
    # Last in this module: it takes the module pool's languages out of use.

    def settled() -> bool:  # every language warm, no sandbox starting or busy
        stats = pool.stats()
        warm = pool.warm_by_language()
        return all(warm.get(lang) for lang in LANGUAGES) and stats.starting == stats.busy == 0

    # Replacements for the module's runs start one language after another; a JVM or V8
    # sandbox takes many seconds to start on a loaded machine.
    deadline = time.monotonic() + 180
    while not settled():
        lanes = {
            lane.language: (len(lane.warm), lane.starting, lane.busy, len(lane.waiting))
            for lane in pool._lanes.values()
        }  # (warm, starting, busy, waiting) of each language
        assert time.monotonic() < deadline, (pool.stats(), lanes)
        await asyncio.sleep(0.05)
    go_warm = list(pool._lanes["go"].warm)
    # language_idle_s (600 s) after now, no run and no prewarm came: every language but
    # Python leaves use and its warm sandboxes go.
    retired = pool.retire_idle(time.monotonic() + pool.settings.language_idle_s + 1)
    assert set(retired) == set(LANGUAGES)
    assert set(pool.warm_by_language()) == {"python"}
    async with asyncio.timeout(30):
        while not all(sandbox.destroyed for sandbox in go_warm):  # noqa: ASYNC110 - polling
            await asyncio.sleep(0.05)
    # A run brings its language back into use (cold: nothing was warm for it).
    outcome = await collect(await pool.submit(request("go", SPIN["go"]), wall_timeout_s=0.5))
    assert outcome.verdict is Verdict.TIMEOUT
    assert "go" in pool.warm_by_language()
    assert pool.retire_idle(time.monotonic()) == []  # it ran just now
