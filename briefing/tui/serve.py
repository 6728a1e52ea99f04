"""``briefing serve``'s web server: textual-serve's, with a guard in front of every request.

Each browser tab runs its own dashboard (the command :func:`briefing.cli.serve_command` makes).
"""

from __future__ import annotations

from typing import Any

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
MAX_SESSIONS = 4  # dashboards served at once (each builds the brief in its own process)


def request_allowed(path: str, host_header: str | None, origin: str | None, bound: str, port: int) -> bool:
    """Whether a request to ``briefing serve`` may be answered: on a local binding its Host must
    name this machine (a page whose name was rebound to 127.0.0.1 is refused), and the dashboard's
    websocket only opens for a page of the same origin (another site open in the browser can
    neither read the brief nor type into it)."""
    host = (host_header or "").lower()
    local = {f"{h}:{port}" for h in ("localhost", "127.0.0.1", "[::1]")}
    if port == 80:
        local |= {"localhost", "127.0.0.1", "[::1]"}
    if bound in LOCAL_HOSTS and host not in local:
        return False
    if path.startswith("/ws"):
        if origin is None:
            return False
        page = origin.lower().removeprefix("http://")
        # the page's own origin; on this machine, any of its names for itself
        return page == host or (bound in LOCAL_HOSTS and page in local)
    return True


def guarded_server(command: str, host: str, port: int) -> Any:
    """textual-serve's server with :func:`request_allowed` in front of every request and at most
    :data:`MAX_SESSIONS` dashboards at once."""
    from aiohttp import web
    from textual_serve.server import Server

    sessions = [0]

    @web.middleware
    async def guard(request: web.Request, handler: Any) -> Any:
        if not request_allowed(request.path, request.headers.get("Host"), request.headers.get("Origin"), host, port):
            raise web.HTTPForbidden(text="briefing serve: this page may not open the dashboard\n")
        if not request.path.startswith("/ws"):
            response = await handler(request)
            response.headers["X-Frame-Options"] = "DENY"  # no other site may frame the dashboard
            response.headers["Content-Security-Policy"] = "frame-ancestors 'none'"
            return response
        if sessions[0] >= MAX_SESSIONS:
            raise web.HTTPServiceUnavailable(text=f"briefing serve: {MAX_SESSIONS} dashboards are open already\n")
        sessions[0] += 1
        try:
            return await handler(request)
        finally:
            sessions[0] -= 1

    class GuardedServer(Server):
        async def _make_app(self) -> web.Application:
            app = await super()._make_app()
            app.middlewares.append(guard)
            return app

    name = f"[{host}]" if ":" in host else host
    public = f"http://{name}" + ("" if port == 80 else f":{port}")
    return GuardedServer(command, host=host, port=port, title="briefing", public_url=public)
