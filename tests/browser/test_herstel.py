# Over 200 lines: one test per injected fault, with the server helpers they share.
"""Recovery (issue 13): every deploy, every broken cache and every hang heals by itself.

Each test injects one fault into a real Chromium against the built site, served under a sub-path:

- a deploy (v1 → v2 → v3) with GitHub Pages' ``Cache-Control: max-age=600`` and the old bundle folder
  gone from the server: with the service worker, every visit gets a working tool of the new deploy,
  and after three deploys the caches hold only the current deploy's files; without one (old HTML
  from the HTTP cache, its bundle 404), the page reloads once with the new HTML, and never loops;
- zeroed and truncated copies of the wasm, the standard library and ``worker.js`` written into
  Cache Storage: the next visit checks them, fetches them again and works;
- a start that hangs (the server never answers the wasm) and a calculation that passes its time
  limit: the worker is restarted once, fresh, then a clear message with "Opnieuw proberen" that
  works, and what the visitor typed stays;
- a depth-3000 request through ``el.handle()``: ``te_groot``, and the tool works on;
- the ``.ics`` text escapes (RFC 5545), checked on the module itself in Node.

The time limits are lowered through ``globalThis.__wikTijdslimiet`` (see motor.js). The deploys v2
and v3 are built once per run from the same sources with ``REKENTOOL_DEPLOY`` set (bouw.py then adds
one file to the bundle, so it gets another hash).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import time
from pathlib import Path

import pytest
from conftest import ROOT, SITE
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect
from server import SiteServer
from test_rekentool import euro
from test_snelheid import wacht, wacht_op_service_worker

from wik import handle

PROEF = """async (ms) => {
    const wacht = new Promise((_, nee) => setTimeout(() => nee(new Error('de rekentool hangt')), ms));
    const werk = (async () => {
        await customElements.whenDefined('wik-rekentool');
        const el = document.querySelector('wik-rekentool');
        await el.ready;
        const a = await el.handle({actie: 'bereken', debiteur: 'consument', rente: {soort: 'geen'},
                                   vorderingen: [{kenmerk: 'F-1', bedrag: '10000.00'}]});
        return a.incassokosten.bedrag;
    })();
    return Promise.race([werk, wacht]);
}"""


def werkt(page, ms: int = 30_000) -> str:
    """The WIK costs on € 10.000 from the page's tool, waiting at most ``ms``; across a reload."""
    einde = time.monotonic() + ms / 1000
    while True:
        try:
            page.wait_for_load_state("load")
            return page.evaluate(PROEF, ms)
        except PlaywrightError as fout:  # the page reloaded under us: ask the new one
            herladen = "context was destroyed" in str(fout) or "navigat" in str(fout)
            if not herladen or time.monotonic() > einde:
                raise
            page.wait_for_timeout(200)


def bundelhash(site: Path) -> str:
    [map_] = [m for m in (site / "assets" / "rekentool").iterdir() if m.is_dir()]
    return map_.name


def gebruikte_bundel(page) -> str:
    return page.evaluate("() => document.querySelector('script[src$=\"rekentool-define.js\"]').src.split('/').at(-2)")


# ---- the .ics text -----------------------------------------------------------------------------

def test_ics_tekst_volgens_rfc5545():
    """Backslash, semicolon, comma, and CRLF, LF and a lone CR each as \\n: no bare CR or LF in a line."""
    script = """
const { naarIcs, ics } = await import(process.argv[1]);
const a = {stappen: [{nummer: 1, naam: 'Her\\rinnering', datum: '2026-01-05',
                      toelichting: 'een\\r\\ntwee\\rdrie\\nvier, vijf; zes \\\\ zeven'}]};
console.log(JSON.stringify({ics: ics('a\\rb\\r\\nc\\nd,e;f\\\\g'), bestand: naarIcs(a, '2026-01-01T10:00:00.000Z')}));
"""
    uit = subprocess.run(["node", "--input-type=module", "-e", script,
                          (ROOT / "calculator" / "src" / "planner.js").as_uri()],
                         check=True, capture_output=True, text=True, timeout=30)
    r = json.loads(uit.stdout)
    assert r["ics"] == "a\\nb\\nc\\nd\\,e\\;f\\\\g"
    regels = r["bestand"].split("\r\n")
    assert r["bestand"].endswith("\r\n") and not any("\r" in regel or "\n" in regel for regel in regels)
    assert "SUMMARY:Stap 1: Her\\ninnering" in regels
    assert "DESCRIPTION:een\\ntwee\\ndrie\\nvier\\, vijf\\; zes \\\\ zeven" in regels


# ---- broken caches -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bezocht(browser, browser_context_args):
    """One browser after a full visit: service worker, unpacked files and snapshot stored."""
    with SiteServer(SITE) as server:
        context = browser.new_context(**browser_context_args)
        page = context.new_page()
        page.goto(server.url + "rekentool/")
        assert werkt(page) == "875.00"
        wacht_op_service_worker(page)
        page.close()
        yield {"server": server, "context": context}
        context.close()


BEDERF = """async ([bestand, soort]) => {
    const naam = bestand === 'worker.js' ? (await caches.keys()).find((n) => n.startsWith('wik-bundel-')) : 'wik-uitgepakt';
    const cache = await caches.open(naam);
    const sleutel = (await cache.keys()).find((r) => r.url.endsWith('/' + bestand));
    const oud = await cache.match(sleutel);
    const echt = new Uint8Array(await oud.arrayBuffer());
    const data = soort === 'nullen' ? new Uint8Array(1000)
        : soort === 'half' ? echt.slice(0, echt.length >> 1)
        : new TextEncoder().encode('export const kapot = ;');
    await cache.put(sleutel, new Response(data, {headers: oud.headers}));
    return [naam, sleutel.url, echt.length];
}"""

GROOTTE = "async ([naam, url]) => { const r = await (await caches.open(naam)).match(url); return r ? (await r.arrayBuffer()).byteLength : -1; }"


@pytest.mark.parametrize("bestand, soort", [
    ("pyodide.asm.wasm", "nullen"), ("pyodide.asm.wasm", "half"),
    ("python_stdlib.zip", "nullen"), ("python_stdlib.zip", "half"),
    ("worker.js", "rommel"), ("worker.js", "half"),
])
def test_kapotte_kopie_in_de_cache_wordt_vervangen(bezocht, bestand, soort):
    context = bezocht["context"]
    page = context.new_page()
    page.goto(bezocht["server"].url + "rekentool/")
    assert werkt(page) == "875.00"
    naam, url, grootte = page.evaluate(BEDERF, [bestand, soort])
    page.close()
    page = context.new_page()
    page.goto(bezocht["server"].url + "rekentool/")
    assert werkt(page, 20_000) == "875.00"  # one visit: no hang, no reload needed
    # and the bad copy is replaced by a sound one
    wacht(page, f"async (a) => ({GROOTTE})(a).then((n) => n === {grootte})", [naam, url], timeout=20)
    page.close()


def test_diep_genest_verzoek_geeft_te_groot_en_de_rekentool_werkt_door(bezocht):
    page = bezocht["context"].new_page()
    page.goto(bezocht["server"].url + "rekentool/")
    assert werkt(page) == "875.00"
    antwoord = page.evaluate("""async () => {
        let diep = 1;
        for (let i = 0; i < 3000; i++) diep = [diep];
        return document.querySelector('wik-rekentool').handle({actie: 'bereken', vorderingen: diep});
    }""")
    assert antwoord["fout"]["code"] == "te_groot", antwoord
    assert werkt(page, 10_000) == "875.00"
    page.close()


# ---- a hung start, a hung calculation ----------------------------------------------------------

def test_hangende_start_dan_een_melding_met_opnieuw_proberen(browser, browser_context_args):
    """The wasm never comes: a fresh restart, then the message; after "Opnieuw proberen" the tool works
    with what was typed. Then a calculation past its limit: the message again, and the button again."""
    with SiteServer(SITE) as server:
        server.hangen = {"pyodide.asm.wasm", "pyodide.asm.wasm.xz"}
        context = browser.new_context(**browser_context_args)
        try:
            page = context.new_page()
            page.add_init_script("globalThis.__wikTijdslimiet = {start: 2000, reken: 10000};")
            page.goto(server.url + "rekentool/")
            page.locator('[data-pad="vorderingen.0.bedrag"]').fill("1.234,56")
            page.locator('[data-pad="vorderingen.0.vervaldatum"]').fill("2026-01-01")
            balk = page.locator("wik-rekentool .wik-laden")
            knop = balk.get_by_role("button", name="Opnieuw proberen")
            expect(knop).to_be_visible(timeout=15_000)  # 2 s, then 4 s for the fresh start: never an endless bar
            expect(balk).to_contain_text("De rekentool kon niet laden")
            expect(page.locator('[data-pad="vorderingen.0.bedrag"]')).to_have_value("1.234,56")

            server.laat_los()
            page.evaluate("() => { globalThis.__wikTijdslimiet.start = 30000; }")  # the next start may take its time
            knop.click()
            assert werkt(page, 20_000) == "875.00"
            expect(balk).to_be_hidden()
            page.locator('[data-pad="peildatum"]').fill("2026-11-23")
            verwacht = handle({"actie": "bereken", "debiteur": "consument", "peildatum": "2026-11-23",
                               "vorderingen": [{"kenmerk": "F-001", "bedrag": "1234.56", "vervaldatum": "2026-01-01"}]})
            expect(page.locator("wik-rekentool .wik-samenvatting .wik-totaal dd").first).to_have_text(euro(verwacht["totaal"]))

            # Calculations that pass their limit (1 ms): the worker was restarted once already, so the
            # message. Fifty at once, because one reply may still win the race against a 1 ms timer
            # when the page's main thread is busy; fifty keep the worker busy for far longer than that.
            page.evaluate("() => { globalThis.__wikTijdslimiet.reken = 1; }")
            fouten = page.evaluate("""() => Promise.allSettled(Array.from({length: 50}, () =>
                document.querySelector('wik-rekentool').handle({actie: 'bereken',
                    debiteur: 'bedrijf', peildatum: '2026-11-23', rente: {soort: 'handels', samengesteld: true},
                    vorderingen: Array.from({length: 40}, (_, i) => ({kenmerk: 'F-' + i, bedrag: '1234.56',
                                                                      vervaldatum: '1995-01-01'}))})))
                .then((uitkomsten) => uitkomsten.filter((u) => u.status === 'rejected').map((u) => u.reason.message))""")
            assert fouten and all("tijdslimiet" in fout for fout in fouten), fouten
            expect(knop).to_be_visible()
            page.evaluate("() => { globalThis.__wikTijdslimiet.reken = 10000; }")
            knop.click()
            assert werkt(page, 20_000) == "875.00"
            expect(page.locator('[data-pad="vorderingen.0.bedrag"]')).to_have_value("1.234,56")
        finally:
            context.close()


# ---- deploys -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def deploys(tmp_path_factory) -> list[Path]:
    """v1 (the site under test) and two later deploys of the same sources, built in parallel."""
    mappen = [tmp_path_factory.mktemp(f"deploy{n}") for n in (2, 3)]
    bouwen = [subprocess.Popen([str(ROOT / ".venv" / "bin" / "mkdocs"), "build", "--strict", "--quiet", "-d", str(m)],
                               cwd=ROOT, env={**os.environ, "REKENTOOL_DEPLOY": str(n), "NO_MKDOCS_2_WARNING": "1"},
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
              for n, m in zip((2, 3), mappen, strict=True)]
    for proces in bouwen:
        uit, _ = proces.communicate(timeout=300)
        assert proces.returncode == 0, uit
    sites = [SITE, *mappen]
    assert len({bundelhash(s) for s in sites}) == 3
    return sites


CACHES = """async () => {
    const uit = {};
    for (const naam of await caches.keys()) {
        const cache = await caches.open(naam);
        uit[naam] = [];
        for (const r of await cache.keys()) {
            const antwoord = await cache.match(r);
            const data = await antwoord.arrayBuffer();
            const sha = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', data)),
                                   (b) => b.toString(16).padStart(2, '0')).join('');
            uit[naam].push({url: r.url, sha, bundel: antwoord.headers.get('x-wik-bundel')});
        }
    }
    return uit;
}"""


def test_drie_deploys_met_service_worker_en_alleen_de_laatste_in_de_caches(browser, browser_context_args, deploys):
    """GitHub Pages' max-age=600 and the old folder gone: each visit after a deploy works at once on
    the new deploy, and after three deploys every cache holds only the current deploy's files."""
    with SiteServer(deploys[0], max_age=600) as server:
        context = browser.new_context(**browser_context_args)
        try:
            page = context.new_page()
            page.goto(server.url + "rekentool/")
            assert werkt(page) == "875.00"
            wacht_op_service_worker(page)
            for site in deploys[1:]:
                server.wissel(site)
                page.goto(server.url + "rekentool/")
                assert werkt(page) == "875.00"
                assert gebruikte_bundel(page) == bundelhash(site)
                # the new service worker took over and dropped the old bundle
                wacht(page, """async (hash) => { const n = (await caches.keys()).filter((n) => n.startsWith('wik-bundel-'));
                    return n.length === 1 && n[0] === 'wik-bundel-' + hash; }""", bundelhash(site), timeout=60)

            # an old link with the figures in the query: moved to the fragment, and never a cache key
            page.goto(server.url + "embed/?staat=r%3DeyJ2b3JkZXJpbmdlbiI6W119")
            expect(page.locator("wik-rekentool")).to_have_attribute("zonder-url", "")
            assert "staat=" not in page.url and page.url.endswith("#r=eyJ2b3JkZXJpbmdlbiI6W119"), page.url
            assert werkt(page) == "875.00"

            laatste = deploys[-1]
            hash_ = bundelhash(laatste)
            page.goto(server.url + "rekentool/")
            assert werkt(page) == "875.00"
            wacht(page, """async (hash) => { const c = await caches.open('wik-rekentool-snapshot');
                const [s] = await c.keys(); return Boolean(s) && (await c.match(s)).headers.get('x-wik-bundel') === hash; }""",
                  hash_, timeout=30)
            page.wait_for_timeout(1500)  # the service worker's own stores after the page's message
            caches = page.evaluate(CACHES)
        finally:
            context.close()
    versie = next((laatste / "assets" / "pyodide").iterdir()).name
    assert set(caches) == {f"wik-runtime-{versie}", f"wik-bundel-{hash_}", "wik-paginas", "wik-uitgepakt",
                           "wik-rekentool-snapshot"}, sorted(caches)
    basis = server.url

    def bestand(url: str) -> Path:
        pad = url[len(basis):]
        return laatste / (pad + "index.html" if pad == "" or pad.endswith("/") else pad)

    assert all(caches.values()), {n: len(i) for n, i in caches.items()}  # the checks below run on every cache
    for naam, items in caches.items():
        for item in items:
            url = item["url"]
            assert "?" not in url and "#" not in url and "staat=" not in url, (naam, url)
            if naam == "wik-rekentool-snapshot":
                assert item["bundel"] == hash_
                continue
            assert bestand(url).is_file(), (naam, url)  # a file of the current deploy ...
            assert hashlib.sha256(bestand(url).read_bytes()).hexdigest() == item["sha"], (naam, url)  # ... and its content
            assert not url.endswith(".xz"), (naam, url)
    assert caches[f"wik-bundel-{hash_}"] and all(f"/assets/rekentool/{hash_}/" in i["url"]
                                                 for i in caches[f"wik-bundel-{hash_}"])
    assert not [i["url"] for i in caches["wik-paginas"] if "/assets/rekentool/" in i["url"] or "/assets/pyodide/" in i["url"]]
    uitgepakt = sorted(i["url"].rsplit("/", 1)[1] for i in caches["wik-uitgepakt"])
    assert uitgepakt == ["pyodide.asm.wasm", "python_stdlib.zip"]


def test_oude_html_uit_de_http_cache_laadt_een_keer_opnieuw(browser, browser_context_args, deploys):
    """No service worker: the old HTML from the HTTP cache asks for a bundle that is gone (404). The page
    reloads once with the new HTML and works; with no bundle at all, it reloads once and stops."""
    with SiteServer(deploys[0], max_age=600) as server:
        server.no_store = ["/assets/rekentool/"]  # the HTML stays in the HTTP cache, the bundle does not
        context = browser.new_context(**browser_context_args, service_workers="block")
        try:
            page = context.new_page()
            page.goto(server.url + "rekentool/")
            assert werkt(page) == "875.00"
            navigaties = []  # document requests (also from the HTTP cache; not the element's fragment changes)
            page.on("request", lambda r: navigaties.append(r.url)
                    if r.is_navigation_request() and r.frame == page.main_frame and r.url.startswith("http") else None)
            server.wissel(deploys[1])
            page.goto("about:blank")  # then a plain navigation (one to the same URL would revalidate)
            navigaties.clear()
            page.goto(server.url + "rekentool/")
            assert werkt(page) == "875.00"
            assert gebruikte_bundel(page) == bundelhash(deploys[1])
            assert len(navigaties) == 2, navigaties  # the old page, and one reload
            assert page.evaluate("() => sessionStorage.getItem('wik-herladen')") is None  # cleared once it worked

            # every bundle gone (a broken deploy): one reload, then no more
            server.weg = ["/assets/rekentool/"]
            page.goto("about:blank")
            navigaties.clear()
            page.goto(server.url + "rekentool/")
            page.wait_for_timeout(3000)
            assert len(navigaties) == 2, navigaties
        finally:
            context.close()
