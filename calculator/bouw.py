"""The rekentool's build, as plain functions: no MkDocs in here (hook.py is the MkDocs side).

This module makes the bundle (``maak_bundel``) and the inline reload script; ``runtime.py`` the runtime,
the trimmed standard library and the xz copies; ``servicewerker.py`` fills in ``sw.js``; ``bouwhulp.py`` holds
what they share.

What lands in ``site/``, all served from the site's own origin and linked relatively:

- ``assets/pyodide/<versie>/``: the Pyodide runtime files from ``calculator/node_modules/pyodide``
  (the version pinned in ``calculator/package.json``; immutable per version).
- ``assets/rekentool/<hash>/``: the scripts in ``src/`` (not ``sw.js``, nor ``herlaad.js``, which
  goes inline into the pages), the stylesheet and ``wik.zip``, the ``wik`` package from ``py/wik``
  (the same files the Python tests test), plus a trimmed ``python_stdlib.zip`` (only the files listed
  in ``calculator/stdlib.json``: what Pyodide's start-up and ``wik`` import, compiled to bytecode by
  the pinned Pyodide in Node, see ``stdlib_pyc.mjs``) and a ``pyodide-lock.json`` without packages.
  ``uitpakker.js`` is ``src/uitpakker.js`` with the xz decoder (npm ``xz-decompress``) in front;
  ``uitgepakt.js`` gets the size and SHA-256 of the two big files. ``<hash>`` is a content hash over
  all of these (not over the ``.xz`` copies, which follow from the files they copy), so every file in
  the folder is immutable and a changed engine or script gets a new URL.
- Beside the two big files, ``pyodide.asm.wasm`` and ``python_stdlib.zip``, a copy compressed with
  xz (``.xz``): 2.6 MB instead of 3.5 MB gzip for the runtime, 0.54 MB instead of 0.8 MB for the
  standard library. The worker has them fetched and unpacked (see ``src/uitgepakt.js``); the plain
  files stay for when that fails.
- ``sw.js`` in the site's root: the service worker (``src/sw.js``) with the runtime's and the
  bundle's file names and checksums filled in, and the checksum of every other file of the deploy.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import bundels  # calculator/bundels.py (calculator/ is on sys.path: MkDocs puts a hook's folder there)
from bouwhulp import CALCULATOR, SRC, ZIP_TIJD, BouwFout, controle, vul_in
from runtime import lock_json, pyodide_versie, runtime_bestanden, stdlib_pyc, stdlib_zip, xz
from servicewerker import SERVICE_WORKER

ROOT = CALCULATOR.parent
# REKENTOOL_WIK points at another copy of the package (only for trying the browser side alone).
WIK = Path(os.environ.get("REKENTOOL_WIK") or ROOT / "py" / "wik")
XZ_DECODER = CALCULATOR / "node_modules" / "xz-decompress"
#: The inline script in <head> that reloads a page of an older deploy once (see src/herlaad.js).
HERLAAD = "herlaad.js"


def wik_zip() -> bytes:
    """The ``wik`` package as a zip with a ``wik/`` folder: all sources and data files, no caches."""
    if not WIK.is_dir():
        raise BouwFout(f"Het pakket wik ontbreekt in {WIK}.")
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


def uitpakker() -> bytes:
    """``src/uitpakker.js`` with the xz decoder in front: npm ``xz-decompress`` (pinned; xz-embedded in wasm).

    The package ships a UMD script; the lines around it let its CommonJS branch run inside an ES
    module (the browser's own ``ReadableStream`` is used, the ``stream/web`` require is never reached).
    """
    pakket = XZ_DECODER / "package.json"
    script = XZ_DECODER / "dist" / "package" / "xz-decompress.min.js"
    if not script.exists():
        raise BouwFout("xz-decompress ontbreekt: draai 'npm ci' in calculator/ (make install doet dat).")
    versie = json.loads(pakket.read_text(encoding="utf-8"))["version"]
    kop = (f"// xz-decompress {versie} (MIT; xz-embedded: public domain), put in front by calculator/bouw.py\n"
           "const module = { exports: {} };\nconst exports = module.exports;\nconst require = () => ({});\n")
    return (kop.encode() + script.read_bytes() + b"\nconst { XzReadableStream } = module.exports;\n\n"
            + (SRC / "uitpakker.js").read_bytes())


def maak_bundel() -> dict:
    """Everything under ``assets/rekentool/<hash>/``: ``{"versie", "hash", "bestanden": {name: bytes}, "runtime"}``.

    ``runtime`` holds the runtime files the site ships (the big one also as ``.xz``).
    """
    versie = pyodide_versie()
    runtime = runtime_bestanden()
    bestanden = {
        "wik.zip": wik_zip(),
        "python_stdlib.zip": stdlib_pyc(stdlib_zip(versie)),
        "pyodide-lock.json": lock_json(),
    }
    groot = {"pyodide.asm.wasm": controle(runtime["pyodide.asm.wasm"]),
             "python_stdlib.zip": controle(bestanden["python_stdlib.zip"])}
    for pad in sorted(SRC.iterdir()):
        if pad.suffix in (".js", ".css") and pad.name not in (SERVICE_WORKER, HERLAAD):
            bestanden[pad.name] = pad.read_bytes().replace(b"@PYODIDE_VERSIE@", versie.encode())
    bestanden["uitpakker.js"] = uitpakker()
    if os.environ.get("REKENTOOL_DEPLOY"):  # only for tests: another deploy of the same sources
        bestanden["deploy.txt"] = os.environ["REKENTOOL_DEPLOY"].encode()
    bestanden["uitgepakt.js"] = vul_in(bestanden["uitgepakt.js"], "uitgepakt.js", "/* @GROTE_BESTANDEN@ */ {}",
                                       json.dumps(groot))
    hash_ = bundels.inhoudshash(bestanden)  # the .xz copies follow from these (and differ per liblzma)
    bestanden["python_stdlib.zip.xz"] = xz(bestanden["python_stdlib.zip"])
    return {"versie": versie, "hash": hash_, "bestanden": bestanden, "runtime": runtime, "herlaad": herlaad_script()}


def herlaad_script() -> str:
    """The inline script (``src/herlaad.js``, without its comment lines) that reloads a page of an older deploy once."""
    regels = (SRC / HERLAAD).read_text(encoding="utf-8").splitlines()
    return "\n".join(r for r in regels if not r.lstrip().startswith("//")).strip()

