"""Record which standard-library files Pyodide's start-up and ``wik`` need: ``calculator/stdlib.json``.

The rekentool ships a trimmed ``python_stdlib.zip`` (the hook builds it from this list at
``make build``): 0.54 MB with xz instead of 2.5 MB. This script finds the list by running, in Debian's
Chromium with the pinned Pyodide and its full standard library, every ``wik`` module and
every request of the browser parity table (all actions, every error class), and then reading
``sys.modules``: each module that came from ``python314.zip`` is a file the trimmed zip needs.

Run it again after a Pyodide upgrade or when ``wik`` starts importing another stdlib module
(the hook refuses to build with a list recorded for another Pyodide version, and
``tests/browser/test_snelheid.py`` checks that every stdlib module ``wik`` imports is in the list):

    .venv/bin/python tests/bench/stdlib_opnemen.py
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests" / "browser"), str(ROOT / "calculator"), str(ROOT / "py")]
import bouw  # noqa: E402
import runtime  # noqa: E402
import test_rekentool  # noqa: E402
from chromium import ARGS, vind  # noqa: E402
from server import SiteServer  # noqa: E402

UIT = ROOT / "calculator" / "stdlib.json"

PAGINA = """<!doctype html><meta charset="utf-8"><title>stdlib</title><script type="module">
import { loadPyodide } from "./pyodide.mjs";
window.py = await loadPyodide({ indexURL: "./" });
py.unpackArchive(await (await fetch("wik.zip")).arrayBuffer(), "zip", { extractDir: "/home/pyodide/wik-pakket" });
window.klaar = true;
</script>"""

OPNEMEN = """
import importlib, json, pkgutil, sys
sys.path.insert(0, "/home/pyodide/wik-pakket")
import wik
for m in pkgutil.iter_modules(wik.__path__):
    importlib.import_module("wik." + m.name)
from js import werk
for verzoek in json.loads(werk):
    json.dumps(wik.handle(verzoek), ensure_ascii=False)
zipnaam = f"/lib/python{sys.version_info[0]}{sys.version_info[1]}.zip/"
bestanden = sorted({m.__file__.split(zipnaam, 1)[1] for m in list(sys.modules.values())
                    if (getattr(m, "__file__", None) or "").startswith(zipnaam)})
json.dumps({"bestanden": bestanden, "ingebouwd": sorted(sys.builtin_module_names)})
"""


def werk() -> list:
    tabel = test_rekentool.pariteit_tabel()
    return tabel + [v for v in test_rekentool.VIJANDIG if not isinstance(v, str)]


def main() -> int:
    versie = runtime.pyodide_versie()
    with tempfile.TemporaryDirectory() as t, sync_playwright() as pw:
        map_ = Path(t)
        for naam in runtime.RUNTIME:
            shutil.copy(runtime.PYODIDE / naam, map_ / naam)
        (map_ / "wik.zip").write_bytes(bouw.wik_zip())
        (map_ / "index.html").write_text(PAGINA, encoding="utf-8")
        with SiteServer(map_, "/") as server:
            browser = pw.chromium.launch(executable_path=vind(), args=ARGS)
            page = browser.new_page()
            page.goto(server.url)
            page.wait_for_function("window.klaar === true", timeout=120_000)
            page.evaluate("(w) => { window.werk = JSON.stringify(w); }", werk())
            uit = json.loads(page.evaluate("(code) => py.runPython(code)", OPNEMEN))
            browser.close()
    UIT.write_text(json.dumps({"pyodide": versie, **uit}, indent=1) + "\n", encoding="utf-8")
    print(f"{UIT.relative_to(ROOT)}: {len(uit['bestanden'])} bestanden voor Pyodide {versie}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
