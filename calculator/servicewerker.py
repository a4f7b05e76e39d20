"""The service worker ``sw.js`` in the site's root, as plain functions: no MkDocs in here.

``src/sw.js`` with the runtime's and the bundle's file names and checksums filled in, and the
checksum of every other file of the deploy (``deploybestanden``).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from bouwhulp import SRC, controle, vul_in
from runtime import INGEPAKT, RUNTIME_SITE

SERVICE_WORKER = "sw.js"


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
