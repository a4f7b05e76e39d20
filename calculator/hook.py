"""MkDocs hook: put the rekentool (Pyodide runtime, the ``wik`` package, the element) into the site.

Only the MkDocs side lives here: the build itself is plain functions in ``bouw.py`` (what lands
where is described there), ``runtime.py`` and ``servicewerker.py``, so a move to another site
generator only touches this file.

Every page whose HTML contains ``<wik-rekentool`` gets, at the top of its ``<head>``, the inline
script ``src/herlaad.js`` (a page of an older deploy whose bundle is gone reloads once; the CSP hook
hashes it like every inline script) and ``vroeg.js`` (a small async classic script that starts the
worker before the page is even parsed; ``motor.js`` adopts that worker); before ``</head>`` the
stylesheet, ``rekentool-start.js`` (starts the worker and, later, the service worker), the define
module and ``modulepreload``s of the modules they import. After the build: the runtime, the bundle
and ``sw.js``, which lists every file of this deploy, so the hook runs after the embed hook.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import bouw  # calculator/bouw.py: MkDocs puts a hook's folder on sys.path while loading it
import bundels
import gedeeld  # src/gedeeld.js: the lists the browser shares with the engine
from bouwhulp import BouwFout
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url
from runtime import schrijf_runtime
from servicewerker import SERVICE_WORKER, deploybestanden, service_worker

log = logging.getLogger("mkdocs.hooks.rekentool")

TAGS = ("<wik-rekentool", "<wik-controle")  # the rekentool and the debtor's check share the bundle
#: Modules of the worker, not of the page: never preloaded by the page.
WORKERMODULES = ("worker.js", "uitgepakt.js", "snapshot.js", "uitpakker.js")
#: The page's own scripts, each with a tag of its own (see the module docstring).
EIGEN_TAG = ("vroeg.js", "rekentool-start.js", "rekentool-define.js")
CHARSET = re.compile(r"<head\b[^>]*>\s*<meta charset=[^>]*>", re.I)

_bundel: dict | None = None


def bundel() -> dict:
    """The bundle of this build (made once per build; see bouw.maak_bundel)."""
    global _bundel
    if _bundel is None:
        try:
            _bundel = bouw.maak_bundel()
        except BouwFout as fout:
            raise PluginError(str(fout)) from fout
    return _bundel


def on_config(config):
    global _bundel
    _bundel = None  # rebuild on every (re)build, so `mkdocs serve` picks up changes
    if gedeeld.schrijf():  # a warning: `mkdocs build --strict` (make build, CI) stops on a stale copy
        log.warning("rekentool: src/gedeeld.js liep achter op de constanten van wik en is bijgewerkt; "
                    "zet het nieuwe bestand in git")
    bundel()
    return config


def on_serve(server, config, builder):
    for pad in (bouw.SRC, bouw.WIK):
        server.watch(str(pad))
    return server


def on_post_page(output: str, page, config) -> str:
    """Link the rekentool into pages with the element."""
    if not any(tag in output for tag in TAGS):
        return output
    b = bundel()
    basis = f"assets/rekentool/{b['hash']}/"

    def url(naam: str) -> str:
        return get_relative_url(basis + naam, page.url)

    modules = sorted(n for n in b["bestanden"] if n.endswith(".js") and n not in WORKERMODULES + EIGEN_TAG)
    kop = (f'<link rel="stylesheet" href="{url("rekentool.css")}">\n'
           f'<script type="module" src="{url("rekentool-start.js")}"></script>\n'
           f'<script type="module" src="{url("rekentool-define.js")}"></script>\n'
           + "".join(f'<link rel="modulepreload" href="{url(n)}">\n' for n in modules))
    output = output.replace("</head>", kop + "</head>", 1)
    # First in <head> (after <meta charset>, where the CSP goes too): the reload guard, then the worker.
    vroeg = f'<script>{b["herlaad"]}</script>\n<script async src="{url("vroeg.js")}"></script>'
    charset = CHARSET.search(output)
    if charset:
        return output[:charset.end()] + "\n" + vroeg + output[charset.end():]
    return output.replace("</head>", vroeg + "\n</head>", 1)


def on_post_build(config) -> None:
    b = bundel()
    site = Path(config["site_dir"])
    schrijf_runtime(site, b)
    bundels.schrijf(site / "assets" / "rekentool", b["hash"], b["bestanden"])
    try:
        (site / SERVICE_WORKER).write_bytes(service_worker(b, deploybestanden(site)))
    except BouwFout as fout:
        raise PluginError(str(fout)) from fout
    log.info("rekentool: Pyodide %s, bundel %s (%d bestanden)", b["versie"], b["hash"], len(b["bestanden"]))
