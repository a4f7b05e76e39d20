"""MkDocs hook: a Content-Security-Policy on every page (listed last: it hashes the finished page).

Every page gets a ``<meta http-equiv="Content-Security-Policy">`` as the first element of its
``<head>``. GitHub Pages sends no headers we control, so a meta tag is all there is; it cannot
carry ``frame-ancestors`` (browsers ignore that directive in a meta tag).

The policy allows only the site's own origin. Material puts two small inline scripts in every
page (``__md_scope`` and the tabbed-content fix), and the rekentool hook one (``src/herlaad.js``);
instead of ``'unsafe-inline'`` this hook hashes every inline script it finds in the finished page,
so a changed or injected inline script does not run. The build fails when a page has an inline
event handler (``onclick="…"``), which no hash can allow. Inline ``style="…"`` attributes are only
allowed on the pages that have them.
"""

from __future__ import annotations

import base64
import hashlib
import re

from mkdocs.exceptions import PluginError

#: The template of the chrome-less page /embed/ (see embed_hook.py), which needs a wider policy.
EMBED_TEMPLATE = "embed.html"
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
SRC = re.compile(r"\bsrc\s*=", re.I)
HANDLER = re.compile(r"<[a-zA-Z][^>]*\son[a-z]+\s*=", re.S)
STIJL_ATTRIBUUT = re.compile(r"<[a-zA-Z][^>]*\sstyle\s*=", re.S)
HEAD = re.compile(r"<head\b[^>]*>(\s*<meta charset=[^>]*>)?", re.I)
#: Script types a browser runs (an empty type is JavaScript); JSON data blocks are not run.
UITVOERBAAR = {"", "text/javascript", "application/javascript", "module"}


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
    return met_beleid(output, page.file.src_uri, embed=page.meta.get("template") == EMBED_TEMPLATE)


def on_post_template(output_content: str, template_name: str, config) -> str:
    """Static pages such as 404.html get the same policy."""
    if not template_name.endswith(".html"):
        return output_content
    return met_beleid(output_content, template_name)
