"""A throw-away Virtuoso server for the tests: Debian's ``virtuoso-t`` on two free loopback ports.

    >>> with Virtuoso(tmp_path) as v:                      # doctest: +SKIP
    ...     v.sparql, v.store                               # the query and Graph Store endpoints
    ('http://127.0.0.1:40001/sparql', 'http://127.0.0.1:40001/sparql-graph-crud-auth')

The packaged ``virtuoso.ini`` is copied with every file it names (database,
transaction log, temporary database, error log, lock) moved into ``folder``,
both ports (SQL and HTTP) moved to free ports on 127.0.0.1, and the memory it
asks for cut down to what a test graph needs. The server runs in its own
process group, which is killed when the ``with`` block ends. A new database
has the factory account ``dba``/``dba``, which the Graph Store endpoint asks
for with HTTP Digest authentication.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

BINARY = shutil.which("virtuoso-t") or "/usr/bin/virtuoso-t"
INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
USER, PASSWORD = "dba", "dba"  # the account every new Virtuoso database starts with
START_TIMEOUT = 60.0  # seconds


def installed() -> bool:
    return Path(BINARY).exists() and INI.exists()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rewrite_ini(text: str, changes: dict[tuple[str, str], str]) -> str:
    """``text`` (an ini file) with the value of each (section, key) in ``changes`` replaced.

    Line by line, so comments, repeated keys and the order stay as they were;
    a key the section does not have is added at the section's end.

    >>> rewrite_ini("[A]\\nPort = 1 ; old\\n[B]\\nPort = 2\\n", {("A", "Port"): "9", ("B", "Dir"): "/x"})
    '[A]\\nPort = 9\\n[B]\\nPort = 2\\nDir = /x\\n'
    """
    out: list[str] = []
    todo = dict(changes)
    section = None

    def close_section():
        for (sec, key), value in list(todo.items()):
            if sec == section:
                out.append(f"{key} = {value}")
                del todo[(sec, key)]

    for line in text.splitlines():
        head = re.match(r"\s*\[([^\]]+)\]", line)
        if head:
            close_section()
            section = head.group(1).strip()
        else:
            m = re.match(r"\s*([A-Za-z_][\w ]*?)\s*=", line)
            if m and (section, m.group(1)) in changes:
                key = m.group(1)
                line = f"{key} = {changes[(section, key)]}"
                todo.pop((section, key), None)
        out.append(line)
    close_section()
    missing = sorted({sec for sec, _ in todo})
    for sec in missing:
        out.append(f"[{sec}]")
        out.extend(f"{k} = {v}" for (s, k), v in todo.items() if s == sec)
    return "\n".join(out) + "\n"


class Virtuoso:
    """One Virtuoso server whose database lives in ``folder``; a context manager."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.sql_port, self.http_port = free_port(), free_port()
        base = f"http://127.0.0.1:{self.http_port}"
        self.sparql, self.store = base + "/sparql", base + "/sparql-graph-crud-auth"
        self.proc: subprocess.Popen | None = None
        self.started_in: float | None = None

    def config(self) -> Path:
        db = self.folder
        changes = {
            ("Database", "DatabaseFile"): db / "virtuoso.db",
            ("Database", "ErrorLogFile"): db / "virtuoso.log",
            ("Database", "LockFile"): db / "virtuoso.lck",
            ("Database", "TransactionFile"): db / "virtuoso.trx",
            ("Database", "xa_persistent_file"): db / "virtuoso.pxa",
            ("TempDatabase", "DatabaseFile"): db / "virtuoso-temp.db",
            ("TempDatabase", "TransactionFile"): db / "virtuoso-temp.trx",
            ("Parameters", "ServerPort"): f"127.0.0.1:{self.sql_port}",
            ("Parameters", "DirsAllowed"): f"., {db}, /usr/share/virtuoso-opensource-7/vad",
            ("Parameters", "NumberOfBuffers"): "2000",   # 8 KB pages: 16 MB, enough for a test graph
            ("Parameters", "MaxDirtyBuffers"): "1200",
            ("Parameters", "MaxQueryMem"): "200M",
            ("Parameters", "ThreadsPerQuery"): "1",      # the tests' machines are small and shared
            ("HTTPServer", "ServerPort"): f"127.0.0.1:{self.http_port}",
            ("HTTPServer", "ServerThreads"): "4",
            ("URIQA", "DefaultHost"): f"127.0.0.1:{self.http_port}",
        }
        ini = db / "virtuoso.ini"
        ini.write_text(rewrite_ini(INI.read_text(encoding="utf-8"), {k: str(v) for k, v in changes.items()}),
                       encoding="utf-8")
        return ini

    def start(self) -> "Virtuoso":
        ini = self.config()
        t0 = time.monotonic()
        self.proc = subprocess.Popen([BINARY, "+foreground", "+configfile", str(ini)], cwd=self.folder,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = t0 + START_TIMEOUT
        while True:
            try:
                url = self.sparql + "?query=ASK%7B%7D"
                urllib.request.urlopen(url, timeout=2).read()
                break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    log = self.log_tail()
                    self.stop()
                    raise RuntimeError(f"virtuoso did not start within {START_TIMEOUT:.0f} s:\n{log}")
                time.sleep(0.2)
        self.started_in = time.monotonic() - t0
        return self

    def log_tail(self, lines: int = 20) -> str:
        log = self.folder / "virtuoso.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else "(no log)"

    def stop(self) -> None:
        """End the server's whole process group, politely first; never leaves it running."""
        if self.proc is None or self.proc.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 10)):
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.proc.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue

    def __enter__(self) -> "Virtuoso":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
