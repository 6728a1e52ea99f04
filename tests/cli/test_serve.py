"""``briefing serve``: the dashboard in a web browser, through textual-serve, on this machine by default."""

from __future__ import annotations

import shlex
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from briefing import cli
from briefing.tui.serve import request_allowed

ROOT = Path(__file__).resolve().parents[2]


class FakeServer:
    made: list[dict[str, Any]] = []

    def __init__(self, command: str, host: str, port: int, title: str, public_url: str | None = None) -> None:
        FakeServer.made.append({"command": command, "host": host, "port": port, "title": title})

    def serve(self) -> None:
        pass


@pytest.fixture
def fake_server(monkeypatch: pytest.MonkeyPatch) -> type[FakeServer]:
    import textual_serve.server

    FakeServer.made = []
    monkeypatch.setattr(textual_serve.server, "Server", FakeServer)
    return FakeServer


def test_serve_runs_the_dashboard_with_the_options_given_on_localhost(
        fake_server: type[FakeServer], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Dock workers in Lisk voted on Tuesday to end a strike at the port.")
    code = cli.main(["serve", "--sources", str(tmp_path), "--theme", "nord", "--port", "8123"])
    assert code == 0
    (made,) = fake_server.made
    assert (made["host"], made["port"]) == ("localhost", 8123)
    assert shlex.split(made["command"]) == [sys.executable, "-m", "briefing", "app", "--sources", str(tmp_path),
                                            "--theme", "nord"]
    assert "anyone" not in capsys.readouterr().err


def test_serving_beyond_this_machine_warns(fake_server: type[FakeServer], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["serve", "--host", "0.0.0.0"]) == 0
    assert "anyone who can reach this address can read the brief" in capsys.readouterr().err


def test_serve_refuses_a_bad_port_and_a_missing_source(fake_server: type[FakeServer], tmp_path: Path) -> None:
    assert cli.main(["serve", "--port", "70000"]) == cli.EXIT_USAGE
    assert cli.main(["serve", "--sources", str(tmp_path / "nowhere")]) == cli.EXIT_USAGE
    assert fake_server.made == []


def _status(port: int, path: str, headers: dict[str, str], upgrade: bool = False) -> int:
    import http.client

    if upgrade:
        headers = {**headers, "Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
                   "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="}
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.putrequest("GET", path, skip_host=True)
        for k, v in headers.items():
            conn.putheader(k, v)
        conn.endheaders()
        return conn.getresponse().status
    finally:
        conn.close()


@pytest.mark.parametrize(("path", "host", "origin", "ok"), [
    ("/", "localhost:8000", None, True),
    ("/static/js/textual.js", "127.0.0.1:8000", None, True),
    ("/", "evil.example:8000", None, False),  # DNS rebinding: a foreign name pointed at this machine
    ("/ws", "localhost:8000", "http://localhost:8000", True),
    ("/ws", "localhost:8000", "http://evil.example", False),  # another site's page
    ("/ws", "localhost:8000", None, False),
    ("/ws", "localhost:8000", "http://127.0.0.1:8000", True),  # the page opened under another of this machine's names
])
def test_only_this_machines_pages_may_open_the_dashboard(path: str, host: str, origin: str | None, ok: bool) -> None:
    assert request_allowed(path, host, origin, "localhost", 8000) is ok


def test_on_port_80_the_host_comes_without_a_port() -> None:
    assert request_allowed("/", "localhost", None, "localhost", 80)
    assert request_allowed("/ws", "localhost", "http://localhost", "localhost", 80)


def test_on_the_network_the_websocket_still_wants_its_own_page() -> None:
    assert request_allowed("/", "newsroom.example:8000", None, "0.0.0.0", 8000)
    assert request_allowed("/ws", "newsroom.example:8000", "http://newsroom.example:8000", "0.0.0.0", 8000)
    assert not request_allowed("/ws", "newsroom.example:8000", "http://evil.example", "0.0.0.0", 8000)


def _header(port: int, path: str, name: str) -> str | None:
    with urllib.request.urlopen(f"http://localhost:{port}{path}", timeout=5) as answer:
        return answer.headers.get(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_answers_a_browser(tmp_path: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "serve", "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        page = ""
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://localhost:{port}/", timeout=2) as answer:
                    page = answer.read().decode()
                break
            except OSError:
                time.sleep(0.1)
        assert "<html" in page and "textual.js" in page
        assert _status(port, "/ws", {"Host": f"localhost:{port}", "Origin": "http://evil.example"}, upgrade=True) == 403
        assert _status(port, "/", {"Host": f"evil.example:{port}"}) == 403  # a rebound name
        assert _status(port, "/", {"Host": f"localhost:{port}"}) == 200
        assert _header(port, "/", "X-Frame-Options") == "DENY"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
