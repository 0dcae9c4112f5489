"""A local HTTP server on 127.0.0.1 for fetch tests: nothing here touches the network.

``serve(routes)`` runs ``http.server`` in a thread; each route maps a path to a function
``(handler) -> None`` that writes the response. ``PAGES`` holds the behaviours the fetch
must cope with: redirects, slow and huge answers, wrong encodings, non-HTML types.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

Route = Callable[[BaseHTTPRequestHandler], None]

ARTICLE_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Minister denies budget report | Daily Example</title>
<link rel="canonical" href="https://news.example.org/politics/budget-report">
<meta property="og:site_name" content="Daily Example">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-01T08:00:00Z">
<meta property="article:modified_time" content="2024-03-05T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
<article>
<h1>Minister denies budget report</h1>
<p>The finance minister on Monday denied a report that the deficit had doubled,
saying the figures were wrong. She provided no evidence for the claim.</p>
<p>Reports indicate that the cabinet is divided over the plan, which officials said
would cut spending by 4 percent over two years.</p>
<p>The opposition leader said the government was hiding the true numbers and demanded
an independent audit before the vote next week.</p>
</article>
<footer>© Daily Example</footer>
</body></html>
"""


def send(
    handler: BaseHTTPRequestHandler,
    body: bytes,
    content_type: str = "text/html; charset=utf-8",
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)


def redirect(target: str, status: int = 301) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Location", target)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def page(body: bytes | str, content_type: str = "text/html; charset=utf-8") -> Route:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return lambda handler: send(handler, data, content_type)


def slow(seconds: float) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        with contextlib.suppress(OSError):
            send(handler, ARTICLE_HTML.encode())

    return route


def endless(chunk: int = 64 * 1024, pause: float = 0.0) -> Route:
    """No Content-Length, data until the client hangs up (a huge or trickling answer)."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        block = b"<p>" + b"x" * (chunk - 7) + b"</p>\n"
        try:
            for _ in range(100_000):
                handler.wfile.write(block)
                handler.wfile.flush()
                if pause:
                    time.sleep(pause)
        except OSError:
            pass

    return route


def claims_huge(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(900 * 1024 * 1024))
    handler.end_headers()
    with contextlib.suppress(OSError):
        handler.wfile.write(b"<p>just the start</p>")


def default_routes() -> dict[str, Route]:
    cp1252 = ARTICLE_HTML.replace("finance minister", "Finanzministerin Müller’s").encode("cp1252")
    return {
        "/article": page(ARTICLE_HTML),
        "/old": redirect("/moved", 301),
        "/moved": redirect("/article", 302),
        "/loop": redirect("/loop", 302),
        "/to-file": redirect("file:///etc/passwd", 302),
        "/slow": slow(3.0),
        "/endless": endless(),
        "/trickle": endless(chunk=16, pause=0.05),
        "/claims-huge": claims_huge,
        "/wrong-charset": page(cp1252, "text/html; charset=utf-8"),
        "/latin1": page(cp1252, "text/html; charset=windows-1252"),
        "/image": page(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png"),
        "/empty": page(b"", "text/html"),
        "/plain": page(
            "Officials said the plan was sound. Critics say it is unsubstantiated.\n\n"
            "The report could not be independently verified.",
            "text/plain; charset=utf-8",
        ),
        "/missing": lambda h: send(h, b"<h1>Not found</h1>", status=404),
    }


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Route]] = {}

    def do_GET(self) -> None:
        route = self.routes.get(self.path.split("?")[0])
        if route is None:
            send(self, b"<h1>Not found</h1>", status=404)
        else:
            route(self)

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


@contextlib.contextmanager
def serve(routes: dict[str, Route] | None = None) -> Iterator[str]:
    """Run the server; yields its base URL (``http://127.0.0.1:PORT``)."""
    handler = type("Handler", (_Handler,), {"routes": {**default_routes(), **(routes or {})}})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    """A port nothing listens on (connections to it are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
