"""The rekentool's build, as plain functions: no MkDocs in here (hook.py is the MkDocs side).

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

import hashlib
import io
import json
import lzma
import os
import subprocess
import zipfile
from pathlib import Path

import bundels  # calculator/bundels.py (calculator/ is on sys.path: MkDocs puts a hook's folder there)

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
#: The inline script in <head> that reloads a page of an older deploy once (see src/herlaad.js).
HERLAAD = "herlaad.js"
ZIP_TIJD = (2020, 1, 1, 0, 0, 0)  # fixed timestamp: the same sources give the same zip bytes


class BouwFout(Exception):
    """The build cannot go on (the message says what to do)."""


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


def lock_json() -> bytes:
    """Pyodide's lock file without packages: the rekentool loads none, and the full one is 119 kB."""
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text(encoding="utf-8"))
    return json.dumps({"info": lock["info"], "packages": {}}, sort_keys=True).encode()


def controle(data: bytes) -> list:
    """``[size, sha256 hex]``: how the worker and the service worker recognise a sound copy."""
    return [len(data), hashlib.sha256(data).hexdigest()]


def vul_in(tekst: bytes, naam: str, sleutel: str, waarde: str) -> bytes:
    """``tekst`` with the placeholder ``sleutel`` replaced (it must be there)."""
    if sleutel.encode() not in tekst:
        raise BouwFout(f"{naam}: {sleutel} ontbreekt.")
    return tekst.replace(sleutel.encode(), waarde.encode())


def maak_bundel() -> dict:
    """Everything under ``assets/rekentool/<hash>/``: ``{"versie", "hash", "bestanden": {name: bytes}, "runtime"}``.

    ``runtime`` holds the runtime files the site ships (the big one also as ``.xz``).
    """
    versie = pyodide_versie()
    runtime = {}
    for naam in RUNTIME_SITE:
        bron = PYODIDE / naam
        if not bron.exists():
            raise BouwFout(f"Pyodide-bestand {naam} ontbreekt in {PYODIDE}.")
        runtime[naam] = bron.read_bytes()
        if naam in INGEPAKT:
            runtime[naam + ".xz"] = xz(runtime[naam])
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
    return {"versie": versie, "hash": hash_, "bestanden": bestanden, "runtime": runtime}


def herlaad_script() -> str:
    """The inline script (``src/herlaad.js``, without its comment lines) that reloads a page of an older deploy once."""
    regels = (SRC / HERLAAD).read_text(encoding="utf-8").splitlines()
    return "\n".join(r for r in regels if not r.lstrip().startswith("//")).strip()


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


def deploybestanden(site: Path) -> dict[str, str]:
    """{path: sha256 (16 hex)} of every file in ``site`` but the runtime, the bundle and ``sw.js``."""
    uit = {}
    for pad in sorted(site.rglob("*")):
        rel = pad.relative_to(site).as_posix()
        if pad.is_file() and rel != SERVICE_WORKER and not rel.startswith(("assets/rekentool/", "assets/pyodide/")):
            uit[rel] = hashlib.sha256(pad.read_bytes()).hexdigest()[:16]
    return uit


def service_worker(b: dict, paginas: dict[str, str]) -> bytes:
    """``src/sw.js`` with the file lists and checksums filled in (URLs relative to the site's root).

    It caches neither ``.xz`` copy nor plain big file: the worker stores the unpacked files itself.
    """
    runtime_pad = f"assets/pyodide/{b['versie']}/"
    bundel_pad = f"assets/rekentool/{b['hash']}/"
    runtime = [runtime_pad + n for n in RUNTIME_SITE if n not in INGEPAKT]
    bundel_ = [bundel_pad + n for n in sorted(b["bestanden"]) if n not in INGEPAKT and not n.endswith(".xz")]
    uitgepakt = [runtime_pad + n if n in RUNTIME_SITE else bundel_pad + n for n in INGEPAKT]
    controles = {**{runtime_pad + n: controle(d) for n, d in sorted(b["runtime"].items())},
                 **{bundel_pad + n: controle(d) for n, d in sorted(b["bestanden"].items())}}
    tekst = (SRC / SERVICE_WORKER).read_bytes()
    for sleutel, waarde in (('"@PYODIDE_VERSIE@"', json.dumps(b["versie"])), ('"@BUNDEL_HASH@"', json.dumps(b["hash"])),
                            ("[/* @RUNTIME_BESTANDEN@ */]", json.dumps(runtime)),
                            ("[/* @BUNDEL_BESTANDEN@ */]", json.dumps(bundel_)),
                            ("[/* @UITGEPAKT@ */]", json.dumps(uitgepakt)),
                            ("{/* @CONTROLE@ */}", json.dumps(controles, indent=0)),
                            ("{/* @PAGINAS@ */}", json.dumps(paginas, indent=0))):
        tekst = vul_in(tekst, SERVICE_WORKER, sleutel, waarde)
    return tekst
