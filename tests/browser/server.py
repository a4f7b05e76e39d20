"""A static file server for the built site, under a sub-path like GitHub Pages.

GitHub Pages serves a project site at ``/<repo>/``; the tests do the same so a
root-relative URL anywhere in the site shows up as a 404.

For the recovery tests (test_herstel.py) a ``SiteServer`` can also:

- ``max_age``: send ``Cache-Control: max-age=<s>`` with every file and an ETag from its content, as
  GitHub Pages does (600);
  ``no_store``: path fragments whose files get ``Cache-Control: no-store`` instead;
- ``wissel(root)``: serve another folder from now on (a deploy: the old folder is gone);
- ``hangen``: file-name endings that are never answered until ``laat_los()`` (a hung download);
- ``weg``: path fragments that answer 404 (files gone from the server).
"""

from __future__ import annotations

import functools
import hashlib
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
        site = getattr(args[2], "wik_site", None) if len(args) > 2 else None
        if site is not None:  # a switchable root (SiteServer.wissel)
            kwargs["directory"] = str(site.root)
        super().__init__(*args, **kwargs)

    @property
    def _site(self) -> "SiteServer | None":
        return getattr(self.server, "wik_site", None)

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.subpad):
            return str(Path(self.directory) / "__buiten_subpad__")
        return super().translate_path("/" + path[len(self.subpad):])

    def do_GET(self):
        site, pad = self._site, self.path.split("?")[0]
        if site is not None:
            if any(pad.endswith(e) for e in site.hangen):
                site.los.wait(timeout=300)  # never answered while the test wants it to hang
                self.close_connection = True
                return None
            if any(deel in pad for deel in site.weg):
                return self.send_error(404)
            if site.max_age is not None and self._etag_past():
                return None
        return super().do_GET()

    def _etag_past(self) -> bool:
        """GitHub Pages' validation: an ETag from the content (not the file time: two builds in the
        same second differ). Answers 304 when the browser's copy is current."""
        bestand = Path(self.translate_path(self.path.split("?")[0]))
        if bestand.is_dir():
            bestand = bestand / "index.html"
        if not bestand.is_file():
            return False
        self._etag = '"' + hashlib.sha256(bestand.read_bytes()).hexdigest()[:20] + '"'
        del self.headers["If-Modified-Since"]
        if self.headers.get("If-None-Match") == self._etag:
            self.send_response(304)
            self.end_headers()
            return True
        return False

    def end_headers(self):
        site = self._site
        if site is not None and site.max_age is not None:
            pad = self.path.split("?")[0]
            geen = any(deel in pad for deel in site.no_store)
            self.send_header("Cache-Control", "no-store" if geen else f"max-age={site.max_age}")
            if getattr(self, "_etag", None):
                self.send_header("ETag", self._etag)
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 - quiet test output
        pass


class SiteServer:
    """Serve ``root`` at ``http://127.0.0.1:<port><subpad>`` in a thread."""

    def __init__(self, root: Path, subpad: str = SUBPAD, port: int = 0, *, max_age: int | None = None):
        self.root = Path(root)
        self.max_age = max_age
        self.no_store: list[str] = []
        self.hangen: set[str] = set()
        self.weg: list[str] = []
        self.los = threading.Event()
        handler = functools.partial(_Handler, directory=str(root), subpad=subpad)
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self.httpd.wik_site = self
        self.subpad = subpad
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def wissel(self, root: Path) -> None:
        """Serve ``root`` from the next request on (the previous folder is gone, as after a deploy)."""
        self.root = Path(root)

    def laat_los(self) -> None:
        """Stop hanging: requests wait no more, new ones are answered."""
        self.hangen.clear()
        self.los.set()

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
        self.los.set()
        self.httpd.shutdown()
        self.httpd.server_close()
