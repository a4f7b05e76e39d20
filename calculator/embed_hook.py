"""MkDocs hook: the rekentool on partner sites, and a Content-Security-Policy on every page.

What it does:

- ``site/embed.js``: the loader partners paste (``calculator/embed/embed.js``), at a stable URL
  in the site's root, so ``<script src="https://<site>/embed.js" async>`` keeps working.
- ``site/assets/embed/<hash>/``: the script and stylesheet of the chrome-less page ``/embed/``
  (``template: embed.html``, from ``calculator/templates/``), under a content hash.
- Every page gets a ``<meta http-equiv="Content-Security-Policy">`` as the first element of its
  ``<head>``. GitHub Pages sends no headers we control, so a meta tag is all there is; it cannot
  carry ``frame-ancestors`` (browsers ignore that directive in a meta tag).

The policy allows only the site's own origin. Material puts two small inline scripts in every
page (``__md_scope`` and the tabbed-content fix); instead of ``'unsafe-inline'`` the hook hashes
every inline script it finds in the finished page, so a changed or injected inline script does
not run. The build fails when a page has an inline event handler (``onclick="…"``), which no
hash can allow. Inline ``style="…"`` attributes are only allowed on the pages that have them.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
import shutil
from pathlib import Path

import bundels  # calculator/bundels.py: MkDocs puts a hook's folder on sys.path while loading it
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.embed")

CALCULATOR = Path(__file__).resolve().parent
EMBED = CALCULATOR / "embed"
LOADER = "embed.js"
#: Files of the embed page, served from assets/embed/<hash>/.
PAGINA_BESTANDEN = ("embed-page.js", "embed-page.css")
TEMPLATE = "embed.html"
MARKER = "@WIK_SITE_URL@"
#: Shown in the snippet when the build has no site_url (a local build).
VOORBEELD_ADRES = "https://voorbeeld.github.io/incasso-wijzer"

SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
SRC = re.compile(r"\bsrc\s*=", re.I)
HANDLER = re.compile(r"<[a-zA-Z][^>]*\son[a-z]+\s*=", re.S)
STIJL_ATTRIBUUT = re.compile(r"<[a-zA-Z][^>]*\sstyle\s*=", re.S)
HEAD = re.compile(r"<head\b[^>]*>(\s*<meta charset=[^>]*>)?", re.I)
#: Script types a browser runs (an empty type is JavaScript); JSON data blocks are not run.
UITVOERBAAR = {"", "text/javascript", "application/javascript", "module"}

_bundel: dict | None = None


def bundel() -> dict:
    """{"hash": …, "bestanden": {naam: bytes}} for assets/embed/<hash>/."""
    global _bundel
    if _bundel is None:
        bestanden = {}
        for naam in PAGINA_BESTANDEN:
            pad = EMBED / naam
            if not pad.exists():
                raise PluginError(f"Het bestand {pad} ontbreekt.")
            bestanden[naam] = pad.read_bytes()
        _bundel = {"hash": bundels.inhoudshash(bestanden), "bestanden": bestanden}
    return _bundel


def inline_hashes(html: str) -> list[str]:
    """``'sha256-…'`` of every inline script the browser would run, in page order, no doubles."""
    hashes = []
    for m in SCRIPT.finditer(html):
        attributen, inhoud = m.group(1), m.group(2)
        if SRC.search(attributen):
            continue
        soort = TYPE.search(attributen)
        if (soort.group(1).lower() if soort else "") not in UITVOERBAAR:
            continue
        digest = base64.b64encode(hashlib.sha256(inhoud.encode("utf-8")).digest()).decode("ascii")
        bron = f"'sha256-{digest}'"
        if bron not in hashes:
            hashes.append(bron)
    return hashes


def beleid(html: str, *, embed: bool = False) -> str:
    """The Content-Security-Policy for one finished page.

    ``embed``: the page /embed/. In an iframe with ``sandbox`` but without
    ``allow-same-origin`` its origin is opaque, so the rekentool's worker has to start from a
    ``blob:`` URL (every http URL is then another origin, and such workers are refused; see
    embed-page.js). A ``blob:`` worker inherits this policy: it needs ``'wasm-unsafe-eval'`` to
    compile Python's WebAssembly (without it Pyodide stops at "Python start op"; tested). Our other pages start
    their workers from their own URL; such a worker does not inherit a meta-tag policy, so they
    need neither ``blob:`` nor ``'wasm-unsafe-eval'``.
    """
    script = ["'self'", *inline_hashes(html)]
    worker = ["'self'"]
    if embed:
        script.append("'wasm-unsafe-eval'")
        worker.append("blob:")
    delen = [
        "default-src 'self'",
        "script-src " + " ".join(script),
        "worker-src " + " ".join(worker),
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
    if STIJL_ATTRIBUUT.search(html):
        delen.insert(4, "style-src-attr 'unsafe-inline'")
    return "; ".join(delen)


def on_config(config):
    global _bundel
    _bundel = None
    bundel()
    return config


def on_serve(server, config, builder):
    server.watch(str(EMBED))
    server.watch(str(CALCULATOR / "templates"))
    return server


def on_page_markdown(markdown: str, page, config, files) -> str:
    """``@WIK_SITE_URL@`` in a page: the site's public address (``site_url``), for the snippet."""
    if MARKER not in markdown:
        return markdown
    adres = (config.get("site_url") or "").rstrip("/")
    if not adres:
        log.info("embed: site_url is leeg; de voorbeeldcode toont %s", VOORBEELD_ADRES)
        adres = VOORBEELD_ADRES
    return markdown.replace(MARKER, adres + "/")


def on_page_context(context, page, config, nav):
    """Give the embed template the (relative) URLs of its script and stylesheet."""
    if page.meta.get("template") == TEMPLATE:
        basis = f"assets/embed/{bundel()['hash']}/"
        context["wik_embed"] = {naam.split(".")[-1]: get_relative_url(basis + naam, page.url)
                                for naam in PAGINA_BESTANDEN}
    return context


def met_beleid(output: str, naam: str, *, embed: bool = False) -> str:
    """The page with its policy right after ``<meta charset>``, before anything it covers."""
    if HANDLER.search(output):
        raise PluginError(f"{naam}: een inline event-handler (on…=\"…\") mag niet onder de CSP.")
    kop = HEAD.search(output)
    if not kop:
        raise PluginError(f"{naam}: geen <head> om de CSP in te zetten.")
    meta = f'<meta http-equiv="Content-Security-Policy" content="{beleid(output, embed=embed)}">'
    return output[:kop.end()] + "\n" + meta + output[kop.end():]


def on_post_page(output: str, page, config) -> str:
    return met_beleid(output, page.file.src_uri, embed=page.meta.get("template") == TEMPLATE)


def on_post_template(output_content: str, template_name: str, config) -> str:
    """Static pages such as 404.html get the same policy."""
    if not template_name.endswith(".html"):
        return output_content
    return met_beleid(output_content, template_name)


def on_post_build(config) -> None:
    site = Path(config["site_dir"])
    shutil.copyfile(EMBED / LOADER, site / LOADER)
    b = bundel()
    bundels.schrijf(site / "assets" / "embed", b["hash"], b["bestanden"])
