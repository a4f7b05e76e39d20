"""A static file server for the built site, under a sub-path like GitHub Pages.

GitHub Pages serves a project site at ``/<repo>/``; the tests do the same so a
root-relative URL anywhere in the site shows up as a 404.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

SUBPAD = "/incasso-wijzer/"


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".json": "application/json",
        ".zip": "application/zip",
        ".ics": "text/calendar",
    }

    def __init__(self, *args, subpad: str, **kwargs):
        self.subpad = subpad
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.subpad):
            return str(Path(self.directory) / "__buiten_subpad__")
        return super().translate_path("/" + path[len(self.subpad):])

    def log_message(self, format, *args):  # noqa: A002 - quiet test output
        pass


class SiteServer:
    """Serve ``root`` at ``http://127.0.0.1:<port><subpad>`` in a thread."""

    def __init__(self, root: Path, subpad: str = SUBPAD, port: int = 0):
        handler = functools.partial(_Handler, directory=str(root), subpad=subpad)
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self.subpad = subpad
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def url(self) -> str:
        return self.origin + self.subpad

    def __enter__(self) -> "SiteServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
