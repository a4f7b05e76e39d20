"""MkDocs hook: put the rekentool (Pyodide runtime, the ``wik`` package, the element) into the site.

What lands in ``site/``, all served from the site's own origin and linked relatively:

- ``assets/pyodide/<versie>/``: the Pyodide runtime files from ``calculator/node_modules/pyodide``
  (the version pinned in ``calculator/package.json``; immutable per version).
- ``assets/rekentool/<hash>/``: the element, the worker, the stylesheet and ``wik.zip``, the
  ``wik`` package from ``py/wik`` (the same files the Python tests test). ``<hash>`` is a
  content hash over all of these, so every file in the folder is immutable and a changed
  calculation engine or script always gets a new URL.

Every page whose HTML contains ``<wik-rekentool`` gets the stylesheet and the module script in
its ``<head>``; the define module starts the worker at once, before the element is upgraded.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import shutil
import zipfile
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.rekentool")

CALCULATOR = Path(__file__).resolve().parent
ROOT = CALCULATOR.parent
SRC = CALCULATOR / "src"
# REKENTOOL_WIK points at another copy of the package (only for trying the browser side alone).
WIK = Path(os.environ.get("REKENTOOL_WIK") or ROOT / "py" / "wik")
PYODIDE = CALCULATOR / "node_modules" / "pyodide"

# The runtime files Pyodide 314 fetches for a plain start without extra packages.
RUNTIME = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
TAG = "<wik-rekentool"
ZIP_TIJD = (2020, 1, 1, 0, 0, 0)  # fixed timestamp: the same sources give the same zip bytes

_bundel: dict | None = None


def pyodide_versie() -> str:
    """The installed Pyodide version (it must be the one pinned in package.json)."""
    pakket = PYODIDE / "package.json"
    if not pakket.exists():
        raise PluginError("Pyodide ontbreekt: draai 'npm ci' in calculator/ (make install doet dat).")
    versie = json.loads(pakket.read_text(encoding="utf-8"))["version"]
    gepind = json.loads((CALCULATOR / "package.json").read_text(encoding="utf-8"))["dependencies"]["pyodide"]
    if versie != gepind:
        raise PluginError(f"Pyodide {versie} geïnstalleerd, maar {gepind} gepind: draai 'npm ci' in calculator/.")
    return versie


def wik_zip() -> bytes:
    """The ``wik`` package as a zip with a ``wik/`` folder: all sources and data files, no caches."""
    if not WIK.is_dir():
        raise PluginError(f"Het pakket wik ontbreekt in {WIK}.")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for pad in sorted(WIK.rglob("*")):
            if not pad.is_file() or "__pycache__" in pad.parts or pad.suffix in (".pyc", ".pyo"):
                continue
            info = zipfile.ZipInfo(pad.relative_to(WIK.parent).as_posix(), ZIP_TIJD)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, pad.read_bytes())
    return buffer.getvalue()


def bundel() -> dict:
    """Everything under ``assets/rekentool/<hash>/``: {name: bytes}, plus the hash and runtime version."""
    global _bundel
    if _bundel is None:
        versie = pyodide_versie()
        bestanden = {}
        for pad in sorted(SRC.iterdir()):
            if pad.suffix in (".js", ".css"):
                bestanden[pad.name] = pad.read_bytes().replace(b"@PYODIDE_VERSIE@", versie.encode())
        bestanden["wik.zip"] = wik_zip()
        h = hashlib.sha256()
        for naam, inhoud in sorted(bestanden.items()):
            h.update(naam.encode() + b"\0" + hashlib.sha256(inhoud).digest())
        _bundel = {"versie": versie, "hash": h.hexdigest()[:12], "bestanden": bestanden}
    return _bundel


def on_config(config):
    global _bundel
    _bundel = None  # rebuild on every (re)build, so `mkdocs serve` picks up changes
    bundel()
    return config


def on_serve(server, config, builder):
    for pad in (SRC, WIK):
        server.watch(str(pad))
    return server


def on_post_page(output: str, page, config) -> str:
    """Link the stylesheet and the define module into pages that contain the element."""
    if TAG not in output:
        return output
    b = bundel()
    basis = f"assets/rekentool/{b['hash']}/"
    css = get_relative_url(basis + "rekentool.css", page.url)
    js = get_relative_url(basis + "rekentool-define.js", page.url)
    kop = (f'<link rel="stylesheet" href="{css}">\n'
           f'<link rel="modulepreload" href="{get_relative_url(basis + "rekentool-element.js", page.url)}">\n'
           f'<script type="module" src="{js}"></script>\n')
    return output.replace("</head>", kop + "</head>", 1)


def on_post_build(config) -> None:
    b = bundel()
    site = Path(config["site_dir"])
    runtime = site / "assets" / "pyodide" / b["versie"]
    runtime.mkdir(parents=True, exist_ok=True)
    for naam in RUNTIME:
        bron = PYODIDE / naam
        if not bron.exists():
            raise PluginError(f"Pyodide-bestand {naam} ontbreekt in {PYODIDE}.")
        doel = runtime / naam
        if not doel.exists() or doel.stat().st_size != bron.stat().st_size:
            shutil.copyfile(bron, doel)
    map_ = site / "assets" / "rekentool"
    if map_.exists():  # drop the folders of earlier builds
        for oud in map_.iterdir():
            if oud.is_dir() and oud.name != b["hash"]:
                shutil.rmtree(oud)
    doelmap = map_ / b["hash"]
    doelmap.mkdir(parents=True, exist_ok=True)
    for naam, inhoud in b["bestanden"].items():
        (doelmap / naam).write_bytes(inhoud)
    log.info("rekentool: Pyodide %s, bundel %s (%d bestanden)", b["versie"], b["hash"], len(b["bestanden"]))
