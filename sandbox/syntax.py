"""`ast.parse` that is safe to call from several threads of one process at once.

CPython 3.11 keeps the AST converter's recursion depth in interpreter-wide state, so two
threads parsing at the same moment can fail with "SystemError: AST constructor recursion
depth mismatch" (python/cpython#106905). The offline analysis parses on the event loop and in
`asyncio.to_thread` workers, and the policy check runs in worker threads too; one lock for
every parse in the process removes the race. Parsing a program takes well under a
millisecond to a few milliseconds, so the lock costs nothing users notice.
"""

from __future__ import annotations

import ast
import threading

_PARSE_LOCK = threading.Lock()


def parse(source: str, filename: str = "<unknown>") -> ast.Module:
    """Parse `source` like `ast.parse`, one thread at a time.

    Raises:
        SyntaxError: The source is not valid Python (as `ast.parse` raises it).
        ValueError: The source contains a NUL byte.
        RecursionError: The source nests too deeply for the parser.
    """
    with _PARSE_LOCK:
        return ast.parse(source, filename=filename)
