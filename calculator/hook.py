"""MkDocs hook: put the rekentool (Pyodide runtime, the ``wik`` package, the element) into the site.

What lands in ``site/``, all served from the site's own origin and linked relatively:

- ``assets/pyodide/<versie>/``: the Pyodide runtime files from ``calculator/node_modules/pyodide``
  (the version pinned in ``calculator/package.json``; immutable per version).
- ``assets/rekentool/<hash>/``: the element, the worker, the stylesheet and ``wik.zip``, the
  ``wik`` package from ``py/wik`` (the same files the Python tests test), plus a trimmed
  ``python_stdlib.zip`` (only the files listed in ``calculator/stdlib.json``: what Pyodide's
  start-up and ``wik`` import, compiled to bytecode by the pinned Pyodide in Node, see
  ``stdlib_pyc.mjs``) and a ``pyodide-lock.json`` without packages (the rekentool loads none).
  ``uitpakker.js`` is ``src/uitpakker.js`` with the xz decoder (npm ``xz-decompress``) in front.
  ``<hash>`` is a content hash over all of these (not over the ``.xz`` copies, which follow from
  the files they copy), so every file in the folder is immutable and a changed engine or script
  gets a new URL.
- Beside the two big files, ``pyodide.asm.wasm`` and ``python_stdlib.zip``, a copy compressed with
  xz (``.xz``): 2.6 MB instead of 3.5 MB gzip for the runtime, 0.54 MB instead of 0.8 MB for the
  standard library. The worker has them fetched and unpacked on a first visit (see
  ``src/worker.js``); the plain files stay for when that fails.
- ``sw.js`` in the site's root: the service worker (``src/sw.js``) with the runtime's and the
  bundle's file names filled in. The define module registers it (scope: the whole site, because
  the rekentool's worker under ``assets/`` must be in scope too) once Python answers and the
  worker has stored what it unpacked, so a repeat or offline visit loads everything from Cache
  Storage. Only a page with the element registers it,
  and it never fetches runtime files for explanatory pages.

Every page whose HTML contains ``<wik-rekentool`` gets the stylesheet, the module script and
preloads of the modules it imports in its ``<head>``, and ``vroeg.js`` as the first script of its
``<head>``: a small async classic script that starts the worker before the page is even parsed
(``motor.js`` adopts that worker; without it the define module starts one).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import lzma
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import bundels  # calculator/bundels.py: MkDocs puts a hook's folder on sys.path while loading it
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.rekentool")

CALCULATOR = Path(__file__).resolve().parent
ROOT = CALCULATOR.parent
SRC = CALCULATOR / "src"
# REKENTOOL_WIK points at another copy of the package (only for trying the browser side alone).
WIK = Path(os.environ.get("REKENTOOL_WIK") or ROOT / "py" / "wik")
PYODIDE = CALCULATOR / "node_modules" / "pyodide"
XZ_DECODER = CALCULATOR / "node_modules" / "xz-decompress"
CACHE = CALCULATOR / "node_modules" / ".cache"

# The runtime files Pyodide 314 fetches for a plain start without extra packages.
RUNTIME = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
# What the site ships of it: the standard library and the lock file come trimmed from the bundle.
RUNTIME_SITE = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
# Shipped twice: as they are, and compressed with xz (name + ".xz"), which the worker fetches first.
INGEPAKT = ("pyodide.asm.wasm", "python_stdlib.zip")
# The standard-library files Pyodide's start-up and wik need (tests/bench/stdlib_opnemen.py records them).
STDLIB_LIJST = CALCULATOR / "stdlib.json"
SERVICE_WORKER = "sw.js"
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


def stdlib_zip(versie: str) -> bytes:
    """Pyodide's ``python_stdlib.zip`` with only the files in ``stdlib.json``, byte-for-byte deterministic."""
    lijst = json.loads(STDLIB_LIJST.read_text(encoding="utf-8"))
    if lijst["pyodide"] != versie:
        raise PluginError(f"{STDLIB_LIJST.name} is opgenomen voor Pyodide {lijst['pyodide']}, niet {versie}: "
                          "draai '.venv/bin/python tests/bench/stdlib_opnemen.py'.")
    buffer = io.BytesIO()
    with zipfile.ZipFile(PYODIDE / "python_stdlib.zip") as bron, \
            zipfile.ZipFile(buffer, "w") as zf:  # stored: stdlib_pyc.mjs rewrites it anyway
        namen = set(bron.namelist())
        ontbreekt = [n for n in lijst["bestanden"] if n not in namen]
        if ontbreekt:
            raise PluginError(f"Niet in Pyodide's standaardbibliotheek: {ontbreekt[:5]}; draai stdlib_opnemen.py.")
        for naam in sorted(lijst["bestanden"]):
            info = zipfile.ZipInfo(naam, ZIP_TIJD)
            info.external_attr = 0o644 << 16
            zf.writestr(info, bron.read(naam))
    return buffer.getvalue()


def stdlib_pyc(bron: bytes) -> bytes:
    """The trimmed standard library compiled to bytecode by the pinned Pyodide (``stdlib_pyc.mjs``, in Node).

    Kept in ``node_modules/.cache/`` under a hash of its inputs: a rebuild costs nothing, a new
    list, Pyodide or script compiles again (about 5 s).
    """
    script = CALCULATOR / "stdlib_pyc.mjs"
    sleutel = hashlib.sha256(bron + script.read_bytes() + (PYODIDE / "pyodide.asm.wasm").read_bytes()[:1 << 20]
                             + pyodide_versie().encode()).hexdigest()[:16]
    cache = CACHE / "wik-stdlib"
    doel = cache / f"python_stdlib-{sleutel}.zip"
    if not doel.exists():
        cache.mkdir(parents=True, exist_ok=True)
        invoer, tijdelijk = cache / f"bron-{sleutel}-{os.getpid()}.zip", cache / f"uit-{sleutel}-{os.getpid()}.zip"
        invoer.write_bytes(bron)
        try:
            subprocess.run(["node", str(script), str(invoer), str(tijdelijk)], check=True, capture_output=True,
                           text=True, timeout=300)
            tijdelijk.replace(doel)  # atomic: parallel builds see the whole file or none
        except (OSError, subprocess.SubprocessError) as fout:
            uitleg = getattr(fout, "stderr", "") or fout
            raise PluginError(f"De standaardbibliotheek compileren met Node lukte niet: {uitleg}") from fout
        finally:
            invoer.unlink(missing_ok=True)
            tijdelijk.unlink(missing_ok=True)
    return doel.read_bytes()


#: How the copies are compressed: LZMA2 at its strongest preset, with a CRC32 check (xz-embedded reads both).
XZ_INSTELLING = {"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME}


def xz(data: bytes) -> bytes:
    """``data`` compressed with xz the way the worker's decoder (xz-embedded) reads it.

    The dictionary is no larger than the file (the decoder allocates what the header names).
    Kept in ``node_modules/.cache/`` under a hash of the input and the settings: the runtime
    takes about 5 s to compress.
    """
    filters = [{**XZ_INSTELLING, "dict_size": max(4096, len(data))}]
    sleutel = hashlib.sha256(data + repr(filters).encode()).hexdigest()[:24]
    cache = CACHE / "wik-xz"
    doel = cache / f"{sleutel}.xz"
    if not doel.exists():
        uit = lzma.compress(data, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32, filters=filters)
        cache.mkdir(parents=True, exist_ok=True)
        tijdelijk = doel.with_suffix(f".{os.getpid()}.tmp")
        tijdelijk.write_bytes(uit)
        tijdelijk.replace(doel)  # atomic: parallel builds see the whole file or none
    return doel.read_bytes()


def uitpakker() -> bytes:
    """``src/uitpakker.js`` with the xz decoder in front: npm ``xz-decompress`` (pinned; xz-embedded in wasm).

    The package ships a UMD script; the lines around it let its CommonJS branch run inside an ES
    module (the browser's own ``ReadableStream`` is used, the ``stream/web`` require is never reached).
    """
    pakket = XZ_DECODER / "package.json"
    script = XZ_DECODER / "dist" / "package" / "xz-decompress.min.js"
    if not script.exists():
        raise PluginError("xz-decompress ontbreekt: draai 'npm ci' in calculator/ (make install doet dat).")
    versie = json.loads(pakket.read_text(encoding="utf-8"))["version"]
    kop = (f"// xz-decompress {versie} (MIT; xz-embedded: public domain), put in front by calculator/hook.py\n"
           "const module = { exports: {} };\nconst exports = module.exports;\nconst require = () => ({});\n")
    return (kop.encode() + script.read_bytes() + b"\nconst { XzReadableStream } = module.exports;\n\n"
            + (SRC / "uitpakker.js").read_bytes())


def lock_json() -> bytes:
    """Pyodide's lock file without packages: the rekentool loads none, and the full one is 119 kB."""
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text(encoding="utf-8"))
    return json.dumps({"info": lock["info"], "packages": {}}, sort_keys=True).encode()


def bundel() -> dict:
    """Everything under ``assets/rekentool/<hash>/``: {name: bytes}, plus the hash and runtime version."""
    global _bundel
    if _bundel is None:
        versie = pyodide_versie()
        bestanden = {}
        for pad in sorted(SRC.iterdir()):
            if pad.suffix in (".js", ".css") and pad.name != SERVICE_WORKER:
                bestanden[pad.name] = pad.read_bytes().replace(b"@PYODIDE_VERSIE@", versie.encode())
        bestanden["wik.zip"] = wik_zip()
        bestanden["python_stdlib.zip"] = stdlib_pyc(stdlib_zip(versie))
        bestanden["pyodide-lock.json"] = lock_json()
        bestanden["uitpakker.js"] = uitpakker()
        hash_ = bundels.inhoudshash(bestanden)  # the .xz copies follow from these (and differ per liblzma)
        bestanden["python_stdlib.zip.xz"] = xz(bestanden["python_stdlib.zip"])
        _bundel = {"versie": versie, "hash": hash_, "bestanden": bestanden}
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


#: Modules of the page (not the worker's): preloaded together, so the import chain costs one round trip.
PAGINAMODULES_NIET = ("worker.js", "uitpakker.js")
#: The classic script that starts the worker first thing (see src/vroeg.js).
VROEG = "vroeg.js"
CHARSET = re.compile(r"<head\b[^>]*>\s*<meta charset=[^>]*>", re.I)


def on_post_page(output: str, page, config) -> str:
    """Link the stylesheet, the define module and preloads of its imports into pages with the element."""
    if TAG not in output:
        return output
    b = bundel()
    basis = f"assets/rekentool/{b['hash']}/"

    def url(naam: str) -> str:
        return get_relative_url(basis + naam, page.url)

    modules = sorted(n for n in b["bestanden"] if n.endswith(".js") and n not in PAGINAMODULES_NIET
                     and n not in ("rekentool-define.js", VROEG))
    kop = (f'<link rel="stylesheet" href="{url("rekentool.css")}">\n'
           f'<script type="module" src="{url("rekentool-define.js")}"></script>\n'
           + "".join(f'<link rel="modulepreload" href="{url(n)}">\n' for n in modules))
    output = output.replace("</head>", kop + "</head>", 1)
    # The worker starts from the top of <head> (after <meta charset>, where the CSP goes too).
    vroeg = f'<script async src="{url(VROEG)}"></script>'
    charset = CHARSET.search(output)
    if charset:
        return output[:charset.end()] + "\n" + vroeg + output[charset.end():]
    return output.replace("</head>", vroeg + "\n</head>", 1)


def service_worker(b: dict) -> bytes:
    """``src/sw.js`` with the file lists filled in (URLs relative to the site's root, where it lives).

    It caches what a first visit fetched: the ``.xz`` copies, not the plain big files (the worker
    stores those itself once it has unpacked them; fetching them again would cost 4 MB).
    """
    def runtime_url(naam: str) -> str:
        return f"assets/pyodide/{b['versie']}/{naam}"

    def bundel_url(naam: str) -> str:
        return f"assets/rekentool/{b['hash']}/{naam}"

    runtime = [runtime_url(n + ".xz" if n in INGEPAKT else n) for n in RUNTIME_SITE]
    bundel_ = [bundel_url(n) for n in sorted(b["bestanden"]) if n not in INGEPAKT]
    uitgepakt = [runtime_url(n) if n in RUNTIME_SITE else bundel_url(n) for n in INGEPAKT]
    tekst = (SRC / SERVICE_WORKER).read_text(encoding="utf-8")
    for sleutel, waarde in (('"@PYODIDE_VERSIE@"', json.dumps(b["versie"])), ('"@BUNDEL_HASH@"', json.dumps(b["hash"])),
                            ("[/* @RUNTIME_BESTANDEN@ */]", json.dumps(runtime)),
                            ("[/* @BUNDEL_BESTANDEN@ */]", json.dumps(bundel_)),
                            ("[/* @UITGEPAKT@ */]", json.dumps(uitgepakt))):
        if sleutel not in tekst:
            raise PluginError(f"{SERVICE_WORKER}: {sleutel} ontbreekt.")
        tekst = tekst.replace(sleutel, waarde)
    return tekst.encode("utf-8")


def on_post_build(config) -> None:
    b = bundel()
    site = Path(config["site_dir"])
    runtime = site / "assets" / "pyodide" / b["versie"]
    runtime.mkdir(parents=True, exist_ok=True)
    for naam in RUNTIME_SITE:
        bron = PYODIDE / naam
        if not bron.exists():
            raise PluginError(f"Pyodide-bestand {naam} ontbreekt in {PYODIDE}.")
        doel = runtime / naam
        if not doel.exists() or doel.stat().st_size != bron.stat().st_size:
            shutil.copyfile(bron, doel)
        if naam in INGEPAKT:
            (runtime / (naam + ".xz")).write_bytes(xz(bron.read_bytes()))
    for naam in set(RUNTIME) - set(RUNTIME_SITE):  # the untrimmed ones of an older build
        (runtime / naam).unlink(missing_ok=True)
    bundels.schrijf(site / "assets" / "rekentool", b["hash"], b["bestanden"])
    (site / SERVICE_WORKER).write_bytes(service_worker(b))
    log.info("rekentool: Pyodide %s, bundel %s (%d bestanden)", b["versie"], b["hash"], len(b["bestanden"]))
