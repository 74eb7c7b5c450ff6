"""Prefect's temporary API server, started before the heavy imports of a `seres-etl` command.

Without a Prefect server configured, Prefect starts a temporary one when the first flow runs:
after the command has imported Prefect, pandas, pyarrow and the grammar (about 3 s here),
the server then takes about 4 s more to answer. Started first, in its own process, it comes
up on the other core while those imports run, and the command reaches its first task about
3 s sooner. The server is the one Prefect would start (the same ASGI app, in the same
ephemeral mode, with the same database under PREFECT_HOME), and it is stopped when the
process exits, after Prefect has sent its last logs.

`SERES_ETL_EARLY_SERVER=0` turns this off. Nothing changes when a server is configured (PREFECT_API_URL in the environment, a Prefect
profile, a .env or prefect.toml): `start` does not start one, and `api` checks Prefect's own
settings again once they can be read. If the early server does not come up, the run falls
back to Prefect's own temporary server.
"""
from __future__ import annotations

import atexit
import contextlib
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator

_server: "EarlyServer | None" = None  # one per process, reused by later runs, stopped at exit


class EarlyServer:
    def __init__(self, process: subprocess.Popen, port: int):
        self.process, self.port = process, port
        self.url = f"http://127.0.0.1:{port}/api"
        self._ready = False

    def ready(self, timeout: float) -> bool:
        """Whether the server answers /health (waiting up to `timeout` seconds for it)."""
        deadline = time.monotonic() + timeout
        while not self._ready and time.monotonic() < deadline and self.process.poll() is None:
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=1) as r:
                    self._ready = r.status == 200
            except OSError:
                time.sleep(0.05)
        return self._ready

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _configured() -> bool:
    """Whether a Prefect API is configured where a quick look can tell, without importing Prefect."""
    if os.environ.get("PREFECT_API_URL"):
        return True
    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    for f in (home / "profiles.toml", Path(".env"), Path("prefect.toml")):
        try:
            text = f.read_text("utf-8", errors="replace")
        except OSError:
            continue
        if "PREFECT_API_URL" in text or (f.name == "prefect.toml" and "[api]" in text):
            return True
    return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start() -> EarlyServer | None:
    """Start the temporary server now, unless Prefect is already imported (its import is then
    paid: nothing to overlap) or a server is configured. Returns the server, or None."""
    global _server
    if _server is not None and _server.process.poll() is None:
        return _server
    if "prefect" in sys.modules or _configured() or os.environ.get("SERES_ETL_EARLY_SERVER", "1") == "0":
        return None
    spec = importlib.util.find_spec("prefect")
    if spec is None or spec.origin is None:
        return None
    port = _free_port()
    env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", str(Path(spec.origin).parent.parent),
             "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
             "--log-level", "error", "--lifespan", "on"],
            env=env, stdin=subprocess.DEVNULL)
    except OSError:
        return None
    _server = EarlyServer(process, port)
    # registered before Prefect registers its own exit handlers, so it runs after them
    # (handlers run last-in, first-out): the last logs reach the server before it stops
    atexit.register(_server.stop)
    return _server


@contextlib.contextmanager
def api(server: EarlyServer | None) -> Iterator[str | None]:
    """Run the flows inside this block against `server` when it is up and Prefect's settings
    name no other API; otherwise leave Prefect to its own settings (and its own temporary
    server). Yields the URL used, or None."""
    from prefect.settings import (PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, PREFECT_UI_URL,
                                  temporary_settings)

    if server is not None and PREFECT_API_URL.value():  # configured where the quick look did not see
        _stop()
        server = None
    if server is None or not server.ready(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value()):
        yield None
        return
    # (no UI URL: the temporary server serves the API only, so Prefect prints no "View at" link)
    with temporary_settings(updates={PREFECT_API_URL: server.url, PREFECT_UI_URL: ""}):
        yield server.url


def _stop() -> None:
    global _server
    if _server is not None:
        _server.stop()
        _server = None
