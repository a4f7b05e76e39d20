# Over 200 lines: one fast path per test against its slow path, sharing one browser context.
"""The rekentool's fast paths answer exactly what the slow ones do (issue 6). Functional, no timings.

- the two big files (``pyodide.asm.wasm``, ``python_stdlib.zip``) also ship compressed with xz; the
  copies unpack to exactly the plain files, a first visit fetches only the copies and a repeat
  visit takes the unpacked files from Cache Storage; a missing or broken copy falls back to the
  plain file from the network, with the same answers;
- the trimmed standard library (``python_stdlib.zip`` in the bundle, compiled to bytecode) holds
  every stdlib module ``wik`` imports, and every ``wik`` code path runs with it in the browser (the parity table of
  ``test_rekentool.py``: bereken with payments, btw and compound interest, all four letters,
  traject, tarieven, every error class);
- the first visit starts Python normally and stores a memory snapshot; the second visit starts
  from it; a stale snapshot (another build's), a corrupt one (bad checksum) and one that passes
  the checksum but that Pyodide refuses all fall back to a normal start — every path gives
  CPython's answers;
- after one visit the service worker has the runtime, the bundle and the page, and the rekentool
  reloads and computes with the server gone and the browser offline;
- explanatory pages request no runtime file, before and after the service worker is installed;
- the form accepts typing before Python is ready.

The module serves the built site itself (``WIK_SITE`` may point at another build), so the
offline test can stop its server. The steps share one browser context in order: each Pyodide
start costs seconds.
"""

from __future__ import annotations

import ast
import functools
import gzip
import io
import json
import lzma
import os
import time
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

import server as server_module
from server import SiteServer
from test_rekentool import SAMENVATTING, START_INFO, VIJANDIG, euro, fragment, pariteit_tabel, staat
from wik import handle

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("WIK_SITE") or ROOT / "site")
WIK = ROOT / "py" / "wik"
EL = "wik-rekentool"
SNAPSHOT_CACHE = "wik-rekentool-snapshot"


class Server(SiteServer):
    """The site server, recording every path it is asked for.

    ``xz="weg"`` answers 404 for the ``.xz`` copies; ``xz="rommel"`` sends them with 4 kB in the
    middle overwritten (a valid start, then a data error the decoder finds mid-stream);
    ``xz="uitpakker"`` answers 404 for the worker that unpacks them.
    """

    def __init__(self, root: Path, xz: str | None = None, port: int = 0):
        super().__init__(root, port=port)
        self.paden: list[str] = []
        paden = self.paden

        class Handler(server_module._Handler):
            def log_request(self, code="-", size="-"):
                paden.append(self.path)

            def do_GET(self):
                pad = self.path.split("?")[0]
                if xz == "uitpakker" and pad.endswith("/uitpakker.js"):
                    return self.send_error(404)
                if xz in (None, "uitpakker") or not pad.endswith(".xz"):
                    return super().do_GET()
                if xz == "weg":
                    return self.send_error(404)
                data = bytearray(Path(self.translate_path(self.path.split("?")[0])).read_bytes())
                midden = len(data) // 2
                data[midden:midden + 4096] = bytes(4096)
                self.send_response(200)
                self.send_header("Content-Type", "application/x-xz")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(bytes(data))

        self.httpd.RequestHandlerClass = functools.partial(Handler, directory=str(root), subpad=self.subpad)


def bundelmap() -> Path:
    mappen = [m for m in (SITE / "assets" / "rekentool").iterdir() if m.is_dir()]
    assert len(mappen) == 1, mappen
    return mappen[0]


GROOT = ("pyodide.asm.wasm", "python_stdlib.zip")


def gevraagd(paden: list[str], naam: str) -> bool:
    """Whether the server was asked for the file ``naam`` (exactly that name, not its .xz copy)."""
    return any(p.split("?")[0].endswith("/" + naam) for p in paden)


def runtime_paden(paden: list[str]) -> list[str]:
    """The runtime's and the rekentool bundle's files (not sw.js: the browser checks it for updates)."""
    return [p for p in paden if "/assets/pyodide/" in p or "/assets/rekentool/" in p]


# --- the trimmed standard library ---------------------------------------------------------------

def wik_stdlib_imports() -> set[str]:
    """Every absolute import in wik's sources that is not wik itself (dotted names and their parents)."""
    namen = set()
    for pad in WIK.rglob("*.py"):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.Import):
                namen |= {a.name for a in knoop.names}
            elif isinstance(knoop, ast.ImportFrom) and knoop.level == 0 and knoop.module:
                namen.add(knoop.module)
    namen = {n for n in namen if n.split(".")[0] != "wik"}
    return {".".join(n.split(".")[:i]) for n in namen for i in range(1, len(n.split(".")) + 1)}


#: Modules that Pyodide's Python (3.13) takes from another file: ``collections/__init__.py`` puts
#: ``_collections_abc`` in ``sys.modules`` as ``collections.abc``, so ``collections/abc.py`` is never read.
ANDER_BESTAND = {"collections.abc": "_collections_abc.py"}


def test_de_ingekorte_stdlib_heeft_alles_wat_wik_importeert():
    lijst = json.loads((ROOT / "calculator" / "stdlib.json").read_text(encoding="utf-8"))
    zip_ = zipfile.ZipFile(io.BytesIO((bundelmap() / "python_stdlib.zip").read_bytes()))
    # every listed source file, shipped as bytecode compiled by the pinned Pyodide (stdlib_pyc.mjs)
    assert all(n.endswith(".pyc") for n in zip_.namelist() if n.endswith((".py", ".pyc")))
    namen = {n[:-1] if n.endswith(".pyc") else n for n in zip_.namelist()}
    assert namen == set(lijst["bestanden"])
    ontbreekt = [m for m in sorted(wik_stdlib_imports())
                 if m not in lijst["ingebouwd"] and m != "__future__"
                 and f"{m.replace('.', '/')}.py" not in namen and f"{m.replace('.', '/')}/__init__.py" not in namen
                 and ANDER_BESTAND.get(m) not in namen]
    assert ontbreekt == [], f"draai tests/bench/stdlib_opnemen.py: {ontbreekt}"
    assert "__future__.py" in namen
    # the full one stays out of the site
    assert not list(SITE.glob("assets/pyodide/*/python_stdlib.zip"))


def test_de_xz_kopieen_pakken_uit_tot_precies_de_gewone_bestanden():
    [runtime] = (SITE / "assets" / "pyodide").iterdir()
    for gewoon in (runtime / "pyodide.asm.wasm", bundelmap() / "python_stdlib.zip"):
        ingepakt = (gewoon.parent / (gewoon.name + ".xz")).read_bytes()
        assert ingepakt[:6] == b"\xfd7zXZ\x00" and ingepakt[7] == 0x01, gewoon.name  # xz with CRC32
        data = gewoon.read_bytes()
        assert lzma.decompress(ingepakt) == data, gewoon.name
        assert len(ingepakt) < 0.8 * len(gzip.compress(data, compresslevel=6)), gewoon.name  # it pays


# --- one browser context, in order ---------------------------------------------------------------

@pytest.fixture(scope="module")
def omgeving(browser, browser_context_args):
    if not (SITE / "rekentool" / "index.html").exists():
        pytest.fail(f"{SITE} is niet gebouwd: draai eerst 'make build'.")
    server = Server(SITE).__enter__()
    context = browser.new_context(**browser_context_args)
    staat_ = {"server": server, "context": context, "url": server.url}
    yield staat_
    context.close()
    if staat_.get("server"):
        staat_["server"].__exit__(None, None, None)


def open_rekentool(omgeving, pad="rekentool/"):
    """Open the rekentool, wait for Python; returns (page, ready-info, paths the server was asked)."""
    server = omgeving.get("server")
    voor = len(server.paden) if server else 0
    page = omgeving["context"].new_page()
    fouten = []
    page.on("pageerror", lambda e: fouten.append(str(e)))
    page.goto(omgeving["url"] + pad + fragment(staat()))
    info = page.evaluate(START_INFO)
    assert fouten == []
    return page, info, (server.paden[voor:] if server else [])


def pariteit(page):
    """Every wik code path through the page's worker equals CPython."""
    tabel = pariteit_tabel() + [v for v in VIJANDIG if not isinstance(v, str)]
    uit_browser = page.evaluate("""async (verzoeken) => {
        const el = document.querySelector('wik-rekentool');
        return Promise.all(verzoeken.map((v) => el.handle(v)));
    }""", tabel)
    uit_python = [json.loads(json.dumps(handle(v))) for v in tabel]
    verschil = [(i, tabel[i]) for i, (b, p) in enumerate(zip(uit_browser, uit_python)) if b != p]
    assert verschil == []
    verzoeken = [v for v in tabel if isinstance(v, dict)]
    soorten = {v.get("soort") for v in verzoeken if v.get("actie") == "brief"}
    assert {"herinnering", "veertiendagenbrief", "aanmaning", "ingebrekestelling"} <= soorten
    assert {v.get("actie") for v in verzoeken} >= {"bereken", "brief", "traject", "tarieven"}
    assert any(v.get("betalingen") for v in verzoeken) and any(v.get("btw", {}).get("verhogen") for v in verzoeken)
    assert sum("fout" in a for a in uit_python) >= 10


SNAPSHOT_INFO = """async () => {
    const cache = await caches.open('wik-rekentool-snapshot');
    const [sleutel] = await cache.keys();
    if (!sleutel) return null;
    const r = await cache.match(sleutel);
    return {url: sleutel.url, sha: r.headers.get('x-wik-sha256'), bundel: r.headers.get('x-wik-bundel'),
            grootte: (await r.arrayBuffer()).byteLength};
}"""


def wacht(page, js: str, arg=None, timeout: float = 60.0):
    """Poll an async predicate in the page (``wait_for_function`` takes a pending Promise for true)."""
    einde = time.monotonic() + timeout
    while not page.evaluate(js, arg):
        assert time.monotonic() < einde, f"wachten duurde langer dan {timeout} s: {js}"
        page.wait_for_timeout(250)


def wacht_op_snapshot(page, niet_sha=None):
    """Wait until the worker stored a snapshot of this build (other than ``niet_sha``); return its info."""
    wacht(page, """async ([niet, bundel]) => {
        const cache = await caches.open('wik-rekentool-snapshot');
        const [sleutel] = await cache.keys();
        if (!sleutel) return false;
        const headers = (await cache.match(sleutel)).headers;
        const sha = headers.get('x-wik-sha256');
        return Boolean(sha && sha !== niet && headers.get('x-wik-bundel') === bundel);
    }""", [niet_sha, bundelmap().name])
    return page.evaluate(SNAPSHOT_INFO)


def wacht_op_service_worker(page):
    """Wait until the service worker controls the page and holds the page, runtime and bundle."""
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=30_000)
    wacht(page, """async () => {
        const namen = await caches.keys();
        const runtime = namen.find((n) => n.startsWith('wik-runtime-'));
        const bundel = namen.find((n) => n.startsWith('wik-bundel-'));
        if (!runtime || !bundel || !namen.includes('wik-paginas')) return false;
        const pagina = await (await caches.open('wik-paginas')).match(location.href.split('#')[0]);
        const wik = (await (await caches.open(bundel)).keys()).some((r) => r.url.endsWith('/wik.zip'));
        // the big files, unpacked by the rekentool's worker
        const uitgepakt = (await (await caches.open('wik-uitgepakt')).keys()).map((r) => r.url);
        const groot = ['/pyodide.asm.wasm', '/python_stdlib.zip'].every((e) => uitgepakt.some((u) => u.endsWith(e)));
        return Boolean(pagina && wik && groot);
    }""")


def test_eerste_bezoek_formulier_voor_python_dan_normale_start_en_een_snapshot(omgeving):
    """The first visit: the form takes typing while Python still loads; then a normal start from
    the .xz copies, CPython's answers, and a snapshot and the caches stored for the next visit."""
    page = omgeving["context"].new_page()
    page.goto(omgeving["url"] + "rekentool/", wait_until="commit")
    veld = page.get_by_label("Bedrag (incl. btw)").first
    veld.wait_for(state="visible", timeout=30_000)
    klaar_voor = page.evaluate("""() => { const el = document.querySelector('wik-rekentool');
        let klaar = false; el.ready.then(() => { klaar = true; }); return new Promise((r) => setTimeout(() => r(klaar)));
    }""")
    veld.fill("1.234,56")
    assert veld.input_value() == "1.234,56"
    assert klaar_voor is False, "Python was al klaar: dit bewijst niets over het formulier ervoor"
    info = page.evaluate(START_INFO)
    # a fresh browser: both big files came as their .xz copies, unpacked in the worker
    assert info["start"] == "koud" and info["bronnen"] == {naam: "xz" for naam in GROOT}, info
    paden = omgeving["server"].paden
    assert all(gevraagd(paden, naam + ".xz") and not gevraagd(paden, naam) for naam in GROOT), paden
    pariteit(page)
    snapshot = wacht_op_snapshot(page)
    assert snapshot["bundel"] == bundelmap().name and snapshot["grootte"] > 1_000_000
    wacht_op_service_worker(page)
    # neither the worker nor the service worker fetched a plain big file: the worker stored them unpacked,
    # and no .xz copy stays behind in Cache Storage
    assert not any(gevraagd(omgeving["server"].paden, naam) for naam in GROOT)
    wacht(page, """async () => { for (const naam of await caches.keys()) {
        if ((await (await caches.open(naam)).keys()).some((r) => r.url.endsWith('.xz'))) return false; }
        return true; }""")
    page.close()


def test_tweede_bezoek_start_uit_de_snapshot_zonder_runtime_van_het_netwerk(omgeving):
    page, info, paden = open_rekentool(omgeving)
    assert info["start"] == "snapshot"
    assert info["bronnen"] == {naam: "cache" for naam in GROOT}, info  # nothing unpacked again
    assert runtime_paden(paden) == []
    pariteit(page)
    # the page went through the service worker, which kept it without the fragment (a visitor's figures)
    sleutels = page.evaluate("async () => (await (await caches.open('wik-paginas')).keys()).map((r) => r.url)")
    assert any(u.endswith("/rekentool/") for u in sleutels) and not [u for u in sleutels if "#" in u], sleutels
    page.close()


def zet_snapshot(page, soort: str) -> str:
    """Spoil the stored snapshot (stale, garbage, or refused by Pyodide); returns the checksum it claims."""
    return page.evaluate("""async (soort) => {
        const cache = await caches.open('wik-rekentool-snapshot');
        const [sleutel] = await cache.keys();
        const oud = await cache.match(sleutel);
        let data = new Uint8Array(await oud.arrayBuffer());
        const headers = new Headers(oud.headers);
        if (soort === 'verouderd') {
            headers.set('x-wik-bundel', 'een-oudere-bundel');   // a snapshot of another build
        } else if (soort === 'rommel') {
            data = data.slice(0, 4096);
            crypto.getRandomValues(data);          // keeps the old checksum: it no longer matches
        } else {
            data = data.slice();
            data.set([1, 2, 3, 4], 0);             // Pyodide's magic number, with a fitting checksum
            const sha = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
            headers.set('x-wik-sha256', Array.from(sha, (b) => b.toString(16).padStart(2, '0')).join(''));
        }
        await cache.put(sleutel, new Response(data, {headers}));
        return headers.get('x-wik-sha256');
    }""", soort)


@pytest.mark.parametrize("soort", ["verouderd", "rommel", "geweigerd"])
def test_kapotte_snapshot_valt_terug_op_een_normale_start(omgeving, soort):
    page, _, _ = open_rekentool(omgeving)
    wacht_op_snapshot(page)
    kapot = zet_snapshot(page, soort)
    if soort == "geweigerd":
        # and without the unpacked files: Pyodide then starts twice on the bytes unpacked once
        page.evaluate("() => caches.delete('wik-uitgepakt')")
    page.close()
    page, info, _ = open_rekentool(omgeving)
    assert info["start"] == "koud", info
    assert info["bronnen"] == {naam: "xz" if soort == "geweigerd" else "cache" for naam in GROOT}, info
    pariteit(page)
    # and a good one is stored again (a stale one keeps its checksum: it is recognised by its bundle)
    nieuw = wacht_op_snapshot(page, niet_sha=None if soort == "verouderd" else kapot)
    assert nieuw["grootte"] > 1_000_000
    page.close()
    page, info, _ = open_rekentool(omgeving)
    assert info["start"] == "snapshot"
    page.close()


def test_offline_herladen_na_een_bezoek(omgeving):
    page, _, _ = open_rekentool(omgeving)
    wacht_op_service_worker(page)
    poort = omgeving["server"].httpd.server_address[1]
    omgeving["server"].__exit__(None, None, None)  # the network is gone
    omgeving["server"] = None
    omgeving["context"].set_offline(True)
    try:
        page.reload()
        antwoord = page.evaluate("""async () => { await customElements.whenDefined('wik-rekentool');
            const el = document.querySelector('wik-rekentool'); await el.ready;
            return el.handle({actie: 'bereken', debiteur: 'consument', rente: {soort: 'geen'},
                              vorderingen: [{kenmerk: 'F-1', bedrag: '10000.00'}]}); }""")
        assert antwoord["incassokosten"]["bedrag"] == "875.00"
        # a visitor's calculation through the form, offline
        vordering = {"kenmerk": "F-2", "bedrag": "1234.56", "vervaldatum": "2026-06-30"}
        page.evaluate("(f) => { location.hash = f; }", fragment(staat(vorderingen=[{**vordering, "bedrag": "1.234,56"}])))
        verwacht = handle({"actie": "bereken", "debiteur": "consument", "peildatum": "2026-11-23",
                           "vorderingen": [vordering]})
        expect(page.locator(f"{SAMENVATTING} [data-post=totaal] dd")).to_have_text(euro(verwacht["totaal"]))
    finally:
        omgeving["context"].set_offline(False)
        page.close()
        # back, on the same origin (the caches stay): pytest may run other tests of this module after this one
        omgeving["server"] = Server(SITE, port=poort).__enter__()


@pytest.mark.parametrize("xz", ["weg", "rommel", "uitpakker"])
def test_zonder_bruikbare_xz_kopie_het_gewone_bestand(browser, browser_context_args, xz):
    """A .xz copy that is missing (404) or broken mid-stream, or no worker to unpack it: the plain
    file, and the same answers."""
    with Server(SITE, xz=xz) as server:
        context = browser.new_context(**browser_context_args)
        try:
            page, info, paden = open_rekentool({"server": server, "context": context, "url": server.url})
            assert info["bronnen"] == {naam: "netwerk" for naam in GROOT}, info
            assert all(gevraagd(paden, naam) for naam in GROOT), paden
            assert all(gevraagd(paden, naam + ".xz") for naam in GROOT) is (xz != "uitpakker"), paden
            pariteit(page)
            vordering = {"kenmerk": "F-1", "bedrag": "1234.56", "vervaldatum": "2026-06-30"}
            verwacht = handle({"actie": "bereken", "debiteur": "consument", "peildatum": "2026-11-23",
                               "vorderingen": [vordering]})
            page.evaluate("(f) => { location.hash = f; }",
                          fragment(staat(vorderingen=[{**vordering, "bedrag": "1.234,56"}])))
            expect(page.locator(f"{SAMENVATTING} [data-post=totaal] dd")).to_have_text(euro(verwacht["totaal"]))
        finally:
            context.close()


def test_uitlegpaginas_vragen_geen_runtime(browser, browser_context_args):
    """Explanatory pages, in a fresh browser and after a rekentool visit: no runtime file is asked for."""
    with Server(SITE) as server:
        context = browser.new_context(**browser_context_args)
        try:
            paginas = ("", "incassokosten/", "rente/", "veertiendagenbrief/")

            def bezoek_uitleg(gecontroleerd: bool):
                for pad in paginas:
                    page = context.new_page()
                    verzoeken = []
                    page.on("request", lambda r: verzoeken.append(r.url))
                    page.goto(server.url + pad)
                    page.wait_for_load_state("load")
                    page.wait_for_timeout(300)
                    assert runtime_paden(verzoeken) == [], pad
                    assert page.evaluate("() => navigator.serviceWorker.controller !== null") is gecontroleerd, pad
                    page.close()

            bezoek_uitleg(False)
            assert runtime_paden(server.paden) == [] and not [p for p in server.paden if p.endswith("/sw.js")]
            page = context.new_page()
            page.goto(server.url + "rekentool/")
            page.evaluate("async () => { await customElements.whenDefined('wik-rekentool'); "
                          "await document.querySelector('wik-rekentool').ready; }")
            page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=30_000)
            page.close()
            voor = len(server.paden)
            bezoek_uitleg(True)  # now through the service worker, which fetches nothing of its own
            assert runtime_paden(server.paden[voor:]) == []
        finally:
            context.close()
