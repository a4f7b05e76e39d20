"""The Pyodide runtime as the site ships it, as plain functions: no MkDocs in here.

- ``assets/pyodide/<versie>/``: the runtime files from ``calculator/node_modules/pyodide`` (the
  version pinned in ``calculator/package.json``; immutable per version), see ``schrijf_runtime``.
- The trimmed standard library (only the files in ``calculator/stdlib.json``, compiled to bytecode by
  the pinned Pyodide in Node, see ``stdlib_pyc.mjs``) and a ``pyodide-lock.json`` without packages;
  ``bouw.py`` puts both into the bundle.
- The xz copies of the two big files, ``pyodide.asm.wasm`` and ``python_stdlib.zip``.
"""

from __future__ import annotations

import hashlib
import io
import json
import lzma
import os
import subprocess
import zipfile
from pathlib import Path

from bouwhulp import CALCULATOR, ZIP_TIJD, BouwFout, lees_bestanden

PYODIDE = CALCULATOR / "node_modules" / "pyodide"
CACHE = CALCULATOR / "node_modules" / ".cache"

# The runtime files Pyodide 314 fetches for a plain start without extra packages.
RUNTIME = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
# What the site ships of it: the standard library and the lock file come trimmed from the bundle.
RUNTIME_SITE = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
# Shipped twice: as they are, and compressed with xz (name + ".xz"), which the worker fetches first.
INGEPAKT = ("pyodide.asm.wasm", "python_stdlib.zip")
# The standard-library files Pyodide's start-up and wik need (tests/bench/stdlib_opnemen.py records them).
STDLIB_LIJST = CALCULATOR / "stdlib.json"


def pyodide_versie() -> str:
    """The installed Pyodide version (it must be the one pinned in package.json)."""
    pakket = PYODIDE / "package.json"
    if not pakket.exists():
        raise BouwFout("Pyodide ontbreekt: draai 'npm ci' in calculator/ (make install doet dat).")
    versie = json.loads(pakket.read_text(encoding="utf-8"))["version"]
    gepind = json.loads((CALCULATOR / "package.json").read_text(encoding="utf-8"))["dependencies"]["pyodide"]
    if versie != gepind:
        raise BouwFout(f"Pyodide {versie} geïnstalleerd, maar {gepind} gepind: draai 'npm ci' in calculator/.")
    return versie


def stdlib_zip(versie: str) -> bytes:
    """Pyodide's ``python_stdlib.zip`` with only the files in ``stdlib.json``, byte-for-byte deterministic."""
    lijst = json.loads(STDLIB_LIJST.read_text(encoding="utf-8"))
    if lijst["pyodide"] != versie:
        raise BouwFout(f"{STDLIB_LIJST.name} is opgenomen voor Pyodide {lijst['pyodide']}, niet {versie}: "
                       "draai '.venv/bin/python tests/bench/stdlib_opnemen.py'.")
    buffer = io.BytesIO()
    with zipfile.ZipFile(PYODIDE / "python_stdlib.zip") as bron, \
            zipfile.ZipFile(buffer, "w") as zf:  # stored: stdlib_pyc.mjs rewrites it anyway
        namen = set(bron.namelist())
        ontbreekt = [n for n in lijst["bestanden"] if n not in namen]
        if ontbreekt:
            raise BouwFout(f"Niet in Pyodide's standaardbibliotheek: {ontbreekt[:5]}; draai stdlib_opnemen.py.")
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
            raise BouwFout(f"De standaardbibliotheek compileren met Node lukte niet: {uitleg}") from fout
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


def lock_json() -> bytes:
    """Pyodide's lock file without packages: the rekentool loads none, and the full one is 119 kB."""
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text(encoding="utf-8"))
    return json.dumps({"info": lock["info"], "packages": {}}, sort_keys=True).encode()


def runtime_bestanden() -> dict[str, bytes]:
    """``{name: bytes}`` of the runtime files the site ships (the big one also as ``.xz``)."""
    runtime = {}
    for naam, data in lees_bestanden(PYODIDE, RUNTIME_SITE).items():
        runtime[naam] = data
        if naam in INGEPAKT:
            runtime[naam + ".xz"] = xz(data)
    return runtime


def schrijf_runtime(site: Path, b: dict) -> None:
    """The runtime files into ``site/assets/pyodide/<versie>/`` (and none an older build left)."""
    map_ = site / "assets" / "pyodide" / b["versie"]
    map_.mkdir(parents=True, exist_ok=True)
    for naam, data in b["runtime"].items():
        doel = map_ / naam
        if not doel.exists() or doel.stat().st_size != len(data) or doel.read_bytes() != data:
            doel.write_bytes(data)
    for naam in set(RUNTIME) - set(RUNTIME_SITE):  # the untrimmed ones of an older build
        (map_ / naam).unlink(missing_ok=True)
