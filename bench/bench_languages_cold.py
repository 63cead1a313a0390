"""Cold compile and run of each registry language on real gVisor; prints one JSON object.

Per language: the root filesystem's size and build time (built into a fresh cache directory
with `--rebuild`, else taken from the shared cache), then for the starter program (hello
world reading stdin) and a generated ~200-line program: a fresh sandbox's start, the compile
phase (host-observed, and the compiler's own time inside), the run phase, and each phase's
peak memory and CPU read from the sandbox's cgroup. Every sandbox is cold (started for the
job); `bench_languages.py` measures warm runs through the pool.

Usage: `python bench/bench_languages_cold.py [--runs 3] [--rebuild] [--languages cpp,go]`.
The machine is shared, so figures are noisy: medians of `--runs`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
from pathlib import Path
from typing import Any

from sandbox.languages import get_language, list_languages
from sandbox.languages.run import compile_and_run
from sandbox.languages.runsc import LanguageSandbox
from sandbox.limits import cgroups_available
from sandbox.rootfs_languages import build_language_rootfs
from sandbox.settings import SandboxSettings

FUNCTIONS = 20


def program_200_lines(language_id: str) -> str:
    """A program of about 200 lines: FUNCTIONS small functions over collections and a main."""
    n = FUNCTIONS
    if language_id == "cpp":
        body = "".join(
            f"long long f{i}(const vector<long long>& v) {{\n"
            "    map<long long, int> seen;\n    long long best = 0;\n"
            "    for (size_t i = 0; i < v.size(); ++i) {\n"
            f"        seen[v[i] % {i + 2}]++;\n"
            "        best = max(best, (long long)seen.size() + v[i] % 3);\n"
            "    }\n    return best;\n}\n"
            for i in range(n)
        )
        calls = "".join(f"    total += f{i}(v);\n" for i in range(n))
        return (
            "#include <bits/stdc++.h>\nusing namespace std;\n"
            + body
            + "int main() {\n    long long n; cin >> n;\n    vector<long long> v(n);\n"
            "    iota(v.begin(), v.end(), 1);\n    long long total = 0;\n"
            + calls
            + '    cout << total << "\\n";\n}\n'
        )
    if language_id == "java":
        body = "".join(
            f"    static long f{i}(List<Long> v) {{\n"
            "        Map<Long, Integer> seen = new HashMap<>();\n        long best = 0;\n"
            "        for (long x : v) {\n"
            f"            seen.merge(x % {i + 2}, 1, Integer::sum);\n"
            "            best = Math.max(best, seen.size() + x % 3);\n"
            "        }\n        return best;\n    }\n"
            for i in range(n)
        )
        calls = "".join(f"        total += f{i}(v);\n" for i in range(n))
        return (
            "import java.util.*;\n\npublic class Main {\n"
            + body
            + "    public static void main(String[] args) {\n"
            "        int n = new Scanner(System.in).nextInt();\n"
            "        List<Long> v = new ArrayList<>();\n"
            "        for (long i = 1; i <= n; i++) v.add(i);\n        long total = 0;\n"
            + calls
            + "        System.out.println(total);\n    }\n}\n"
        )
    if language_id == "go":
        body = "".join(
            f"func f{i}(v []int64) int64 {{\n\tseen := map[int64]int{{}}\n\tbest := int64(0)\n"
            "\tfor _, x := range v {\n"
            f"\t\tseen[x%{i + 2}]++\n"
            "\t\tif s := int64(len(seen)) + x%3; s > best {\n\t\t\tbest = s\n\t\t}\n"
            "\t}\n\treturn best\n}\n"
            for i in range(n)
        )
        calls = "".join(f"\ttotal += f{i}(v)\n" for i in range(n))
        return (
            'package main\n\nimport "fmt"\n\n'
            + body
            + "func main() {\n\tvar n int\n\tfmt.Scan(&n)\n\tv := make([]int64, n)\n"
            "\tfor i := range v {\n\t\tv[i] = int64(i + 1)\n\t}\n\ttotal := int64(0)\n"
            + calls
            + "\tfmt.Println(total)\n}\n"
        )
    typed = language_id == "typescript"
    arr, num = (": number[]", ": number") if typed else ("", "")
    body = "".join(
        f"function f{i}(v{arr}){num} {{\n"
        f"  const seen = new Map{'<number, number>' if typed else ''}();\n  let best = 0;\n"
        "  for (const x of v) {\n"
        f"    seen.set(x % {i + 2}, (seen.get(x % {i + 2}) || 0) + 1);\n"
        "    best = Math.max(best, seen.size + (x % 3));\n"
        "  }\n  return best;\n}\n"
        for i in range(n)
    )
    calls = "".join(f"total += f{i}(v);\n" for i in range(n))
    return (
        'const n = parseInt(require("fs").readFileSync(0, "utf8"), 10);\n'
        + body
        + f"const v{arr} = Array.from({{ length: n }}, (_, i) => i + 1);\nlet total = 0;\n"
        + calls
        + "console.log(total);\n"
    )


def median(values: list[float]) -> float:
    return round(statistics.median(values), 1) if values else 0.0


async def measure(
    language_id: str, source: str, stdin: str, settings: SandboxSettings, rootfs: Path, runs: int
) -> dict[str, Any]:
    language = get_language(language_id)
    use_cgroups = cgroups_available(settings.cgroup_parent)
    rows: dict[str, list[float]] = {}
    output = ""
    for _ in range(runs):
        sandbox = LanguageSandbox(language, settings, rootfs, use_cgroups=use_cgroups)
        loop = asyncio.get_running_loop()
        began = loop.time()
        await sandbox.start(settings.start_timeout_s)
        start_ms = (loop.time() - began) * 1000
        outcome = await compile_and_run(sandbox, source, stdin.encode())
        assert outcome.compile is not None and outcome.compile.ok, outcome.compile
        output = outcome.stdout
        values = {
            "start_ms": start_ms,
            "compile_ms": outcome.compile_ms,
            "compiler_inside_ms": outcome.compile.elapsed_ms,
            "run_ms": outcome.run_ms,
            "compile_peak_mib": (outcome.compile_measurement.peak_memory_bytes or 0) / 2**20,
            "compile_cpu_ms": outcome.compile_measurement.cpu_ms or 0.0,
            "run_peak_mib": (outcome.run_measurement.peak_memory_bytes or 0) / 2**20,
            "run_cpu_ms": outcome.run_measurement.cpu_ms or 0.0,
        }
        for key, value in values.items():
            rows.setdefault(key, []).append(value)
    return {key: median(values) for key, values in rows.items()} | {"stdout": output[-40:]}


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true", help="build trees in a fresh cache")
    parser.add_argument("--languages", default="")
    args = parser.parse_args()
    wanted = [x for x in args.languages.split(",") if x] or [
        lang.id for lang in list_languages() if lang.compiled
    ]
    with tempfile.TemporaryDirectory() as tmp:
        overrides: dict[str, Any] = {"state_dir": Path(tmp) / "state", "environment": "test"}
        if args.rebuild:
            overrides["cache_dir"] = Path(tmp) / "cache"
        settings = SandboxSettings(**overrides)
        report: dict[str, Any] = {}
        for language_id in wanted:
            language = get_language(language_id)
            built = build_language_rootfs(language, settings.cache_dir)
            report[language_id] = {
                "rootfs_mib": round(built.size_bytes / 2**20, 1),
                "rootfs_build_s": round(built.build_seconds, 1) if not built.cached else None,
                "hello": await measure(
                    language_id, language.starter, "Ada\n", settings, built.path, args.runs
                ),
                "lines_200": await measure(
                    language_id,
                    program_200_lines(language_id),
                    "1000\n",
                    settings,
                    built.path,
                    args.runs,
                ),
            }
    print(json.dumps({"runs": args.runs, "languages": report}, indent=1))


if __name__ == "__main__":
    asyncio.run(main())
