# Over 200 lines: the partner page's flows share one served partner site and frame helpers.
"""The rekentool on a partner's page, and our own pages under their Content-Security-Policy.

A fake partner page is served from a *second origin* (another port), as a partner's developer
would write it: a blank HTML file with the snippet from the page "Rekentool op uw website".
A third origin serves a page that tries to fool the loader with forged messages.

Pyodide starts once per test that needs it (about 5 s each): the snippet, the sandboxed
iframe and the plain iframe each boot once, our own rekentool page once. Expected figures come
from CPython's ``wik.handle``. Screenshots land in ``tests/artifacts/embed/``.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from urllib.parse import urlsplit
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import SITE, volg
from server import SiteServer, _Handler
from test_rekentool import START_INFO, euro
from test_rekentool import fragment as rekentool_fragment
from wik import handle

PEILDATUM = "2026-11-23"
SANDBOX = "allow-scripts allow-popups allow-downloads allow-modals"
GEREED_MS = 60_000

# Every frame reports a CSP violation as a console error, so `kijker.fouten` catches it.
MELD_CSP = """addEventListener('securitypolicyviolation', (e) => console.error(
    'CSP-schending: ' + e.violatedDirective + ' ' + e.blockedURI + ' in ' + e.documentURI), true);"""
# The partner page keeps every result event it receives.
VANG_UITKOMST = """window.__uitkomsten = []; window.__oudeNaam = [];
addEventListener('wik-rekentool:uitkomst', (e) => window.__uitkomsten.push(e.detail), true);
addEventListener('wik-rekentool:result', (e) => window.__oudeNaam.push(e.detail), true);"""
# ... and every height message, to see the page does not jump while the tool loads.
VANG_HOOGTES = """window.__hoogtes = [];
addEventListener('message', (e) => {
  if (e.data && e.data.type === 'wik-rekentool:hoogte' && /\\/embed\\//.test(document.querySelector('iframe')?.src || ''))
    window.__hoogtes.push(e.data.hoogte);
});"""


# ---- servers: the partner, a third party, and the site as GitHub Pages serves it -----------

def stil(server: SiteServer) -> SiteServer:
    """No traceback when the browser hangs up halfway through a file (it does, at the end)."""
    server.httpd.handle_error = lambda request, adres: None
    return server


class _Pages(_Handler):
    """GitHub Pages answers every file with ``Access-Control-Allow-Origin: *``."""

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


@pytest.fixture(scope="module")
def pages_url():
    """The built site, with GitHub Pages' CORS header (the sandboxed frame's origin is "null")."""
    server = stil(SiteServer(SITE))
    server.httpd.RequestHandlerClass = functools.partial(_Pages, directory=str(SITE), subpad=server.subpad)
    with server:
        yield server.url


@pytest.fixture(scope="module")
def partner(tmp_path_factory):
    """A second origin: ``(map, url)``; a test writes its page into the folder."""
    map_ = tmp_path_factory.mktemp("partner")
    with stil(SiteServer(map_, "/partner/")) as server:
        yield map_, server.url


@pytest.fixture(scope="module")
def derde(tmp_path_factory):
    """A third origin whose page posts forged height and result messages to its parent."""
    map_ = tmp_path_factory.mktemp("derde")
    (map_ / "index.html").write_text("""<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Derde</title><link rel="icon" href="data:,"></head><body><p>Derde partij</p><script>
const vals = () => {
  parent.postMessage({type: 'wik-rekentool:hoogte', hoogte: 77}, '*');
  parent.postMessage({type: 'wik-rekentool:uitkomst', totalen: {hoofdsom: '1.00', rente: '0.00',
    incassokosten: '40.00', totaal: '41.00'}}, '*');
  parent.postMessage({type: 'derde:klaar'}, '*');
};
vals();
</script></body></html>""", encoding="utf-8")
    with stil(SiteServer(map_, "/derde/")) as server:
        yield server.url


def partner_pagina(map_: Path, body: str, script: str | None = None, csp: str | None = None) -> None:
    """A blank partner page with the snippet (or a plain iframe) in the middle."""
    snippet = f'<script src="{script}" async></script>' if script else ""
    beleid = f'<meta http-equiv="Content-Security-Policy" content="{csp}">' if csp else ""
    (map_ / "index.html").write_text(f"""<!doctype html>
<html lang="nl"><head><meta charset="utf-8">{beleid}<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Boekhouder Jansen</title><link rel="icon" href="data:,"></head>
<body style="font-family: Georgia, serif; max-width: 60rem; margin: 0 auto; padding: 1rem; background: #f6f1e7">
<h1>Boekhouder Jansen</h1>
<p>Reken hieronder uit wat uw klant u verschuldigd is.</p>
{body}
<p id="na">Vragen? Bel ons.</p>
{snippet}
</body></html>""", encoding="utf-8")


# ---- helpers ---------------------------------------------------------------------------------

def verwacht(bedragen: list[tuple[str, str]], debiteur: str = "consument") -> dict:
    """CPython's answer for these invoices (the form's defaults: WIK costs, statutory interest)."""
    return handle({
        "actie": "bereken", "debiteur": debiteur, "peildatum": PEILDATUM, "betalingen": [],
        "vorderingen": [{"kenmerk": f"factuur {i + 1}", "bedrag": b, "vervaldatum": d}
                        for i, (b, d) in enumerate(bedragen)],
        "rente": {"soort": "wettelijk" if debiteur == "consument" else "handels", "samengesteld": True},
        "kosten": {"soort": "wik"}, "btw": {"verhogen": False},
    })


def fragment(staat: dict) -> str:
    """The rekentool's own state string without its ``#``: ``r=`` + base64url(JSON)."""
    return rekentool_fragment(staat)[1:]


def eerste_factuur(page, frame, getypt: str, bedrag: str, vervaldatum: str) -> tuple[dict, int]:
    """Type one invoice and the peildatum; wait for CPython's total, the frame's height and the
    partner's result event. Returns CPython's answer and the height."""
    vul_factuur(frame, 0, getypt, vervaldatum)
    frame.locator('[data-pad="peildatum"]').fill(PEILDATUM)
    een = verwacht([(bedrag, vervaldatum)])
    expect(totaal(frame)).to_have_text(euro(een["totaal"]))
    hoogte = volgt_hoogte(page, frame)
    page.wait_for_function("() => window.__uitkomsten.some((d) => d.totalen.totaal === '%s')" % een["totaal"])
    return een, hoogte


def embed_frame(page):
    """The frame of /embed/, once it is there."""
    page.wait_for_selector("iframe")
    for _ in range(100):
        for frame in page.frames:
            if "/embed/" in frame.url:
                return frame
        page.wait_for_timeout(100)
    raise AssertionError("geen frame met /embed/")


def wacht_op_python(frame) -> None:
    frame.wait_for_function("() => customElements.get('wik-rekentool')", timeout=GEREED_MS)
    frame.evaluate("() => document.querySelector('wik-rekentool').ready")


def vul_factuur(frame, i: int, bedrag: str, vervaldatum: str) -> None:
    frame.locator(f'[data-pad="vorderingen.{i}.bedrag"]').fill(bedrag)
    frame.locator(f'[data-pad="vorderingen.{i}.vervaldatum"]').fill(vervaldatum)


def inhoudshoogte(frame) -> int:
    return frame.evaluate("() => Math.ceil(document.body.getBoundingClientRect().height)")


def iframe_hoogte(page, selector: str = "iframe") -> float:
    return page.eval_on_selector(selector, "f => f.getBoundingClientRect().height")


def volgt_hoogte(page, frame, selector: str = "iframe") -> int:
    """Wait until the iframe is exactly as tall as its content; that height, with no scrolling."""
    frame.wait_for_timeout(300)  # let the debounce and the layout settle
    h = inhoudshoogte(frame)
    page.wait_for_function(
        "([sel, h]) => Math.abs(document.querySelector(sel).getBoundingClientRect().height - h) < 1",
        arg=[selector, h], timeout=5000)
    # Nothing to scroll inside the frame: the content fits the iframe exactly.
    assert frame.evaluate("() => document.documentElement.scrollHeight <= innerHeight + 1"), "inhoud valt buiten het iframe"
    return h


def totaal(frame):
    return frame.locator("wik-rekentool .wik-samenvatting .wik-totaal dd")


# ---- the snippet on a partner page ------------------------------------------------------------

def test_snippet_rekent_en_groeit_mee(page, partner, derde, site_url, site_origin, artifacts):
    """The snippet: the tool computes inside the iframe, the height follows the content, the
    opt-in result event arrives, and forged messages change nothing."""
    map_, partner_url = partner
    derde_origin = derde.split("/derde/")[0]
    # The partner has a strict policy of its own: only what the docs say to allow.
    partner_pagina(map_, '<div data-wik-rekentool data-resultaat="ja"></div>', site_url + "embed.js",
                   csp=f"default-src 'none'; script-src {site_origin}; frame-src {site_origin} {derde_origin}; "
                       "style-src 'unsafe-inline'; img-src data:")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.add_init_script(MELD_CSP)
    page.add_init_script(VANG_UITKOMST)
    page.add_init_script(VANG_HOOGTES)
    kijker = volg(page)
    page.goto(partner_url)

    # The loader derives the site from its own URL (under the sub-path).
    iframe = page.locator("[data-wik-rekentool] iframe")
    # the frame's key in the fragment, which no other document has
    expect(iframe).to_have_attribute("src", re.compile("^" + re.escape(site_url + "embed/?resultaat=ja") + "#k=[0-9a-f]{32}$"))
    expect(iframe).to_have_attribute("title", re.compile("Rekentool"))
    frame = embed_frame(page)
    wacht_op_python(frame)
    # No jump while loading: the first height the frame reports is close to the loader's
    # starting height (1460 px), and it never reports the few pixels of the page before the tool.
    hoogtes = page.evaluate("() => window.__hoogtes")
    assert hoogtes and abs(hoogtes[0] - 1460) <= 100 and min(hoogtes) > 1000, hoogtes

    een, h1 = eerste_factuur(page, frame, "1.234,56", "1234.56", "2026-01-01")

    # The opt-in result event, with exactly the totals and nothing else.
    laatste = page.evaluate("() => window.__uitkomsten.at(-1)")
    assert laatste == {"totalen": {"hoofdsom": een["hoofdsom"], "rente": een["rente"]["open"],
                                   "incassokosten": een["incassokosten"]["open"], "totaal": een["totaal"]}}
    # ... and the same under the old name, for partner pages written before it was renamed
    assert page.evaluate("() => window.__oudeNaam.at(-1)") == laatste

    # More invoice rows: the iframe grows with them.
    facturen = [("1234.56", "2026-01-01"), ("500.00", "2026-03-15"), ("2500.00", "2026-05-01"), ("80.00", "2026-07-31")]
    for i, (bedrag, datum) in enumerate(facturen[1:], start=1):
        frame.locator('[data-actie="vordering-erbij"]').click()
        vul_factuur(frame, i, bedrag.replace(".", ","), datum)
    vier = verwacht(facturen)
    expect(totaal(frame)).to_have_text(euro(vier["totaal"]))
    h4 = volgt_hoogte(page, frame)
    assert h4 > h1 + 150, (h1, h4)

    # Forged messages: from the partner page itself, and from a third origin in another iframe.
    voor = iframe_hoogte(page)
    aantal = page.evaluate("() => window.__uitkomsten.length")
    page.evaluate("""() => {
        window.postMessage({type: 'wik-rekentool:hoogte', hoogte: 55}, '*');
        window.postMessage({type: 'wik-rekentool:uitkomst', totalen: {hoofdsom: '1.00', rente: '0.00',
            incassokosten: '40.00', totaal: '41.00'}}, '*');
    }""")
    page.evaluate("""(url) => new Promise((klaar) => {
        addEventListener('message', (e) => { if (e.data && e.data.type === 'derde:klaar') klaar(e.origin); });
        const f = document.createElement('iframe');
        f.src = url; f.id = 'derde'; f.title = 'Derde partij';
        document.body.append(f);
    })""", derde)
    # Our own frame, but not the right shape: ignored as well.
    frame.evaluate("""() => {
        parent.postMessage({type: 'wik-rekentool:hoogte', hoogte: -5}, '*');
        parent.postMessage({type: 'wik-rekentool:hoogte', hoogte: 999999}, '*');
        parent.postMessage({type: 'wik-rekentool:hoogte', hoogte: '12px'}, '*');
        parent.postMessage({type: 'wik-rekentool:hoogte', hoogte: 30, extra: 1}, '*');
        parent.postMessage({type: 'wik-rekentool:uitkomst', totalen: {hoofdsom: '<b>1</b>', rente: '0.00',
            incassokosten: '40.00', totaal: '41.00'}}, '*');
    }""")
    page.wait_for_timeout(500)
    assert iframe_hoogte(page) == voor
    assert page.evaluate("() => window.__uitkomsten.length") == aantal

    # The frame's message under its pre-2026-12 name (a frame page still in the HTTP cache), with
    # the right key from our own frame: still passed on until 2027-07-01, under the new event name.
    sleutel = page.evaluate("""() => new URLSearchParams(new URL(
        document.querySelector('[data-wik-rekentool] iframe').src).hash.slice(1)).get('k')""")
    frame.evaluate("""(sleutel) => parent.postMessage({type: 'wik-rekentool:resultaat', totalen: {hoofdsom: '1.00',
        rente: '0.00', incassokosten: '40.00', totaal: '41.00'}, sleutel}, '*')""", sleutel)
    page.wait_for_function("(n) => window.__uitkomsten.length === n + 1", arg=aantal)
    assert page.evaluate("() => window.__uitkomsten.at(-1)") == {
        "totalen": {"hoofdsom": "1.00", "rente": "0.00", "incassokosten": "40.00", "totaal": "41.00"}}
    aantal += 1

    # The same page at 375 px: narrower, so taller, and the iframe follows.
    page.evaluate("() => document.getElementById('derde').remove()")
    map_shots = artifacts / "embed"
    map_shots.mkdir(exist_ok=True)
    page.screenshot(path=str(map_shots / "partner-desktop.png"), full_page=True)
    page.set_viewport_size({"width": 375, "height": 740})
    h375 = volgt_hoogte(page, frame)
    assert h375 > h4
    assert page.evaluate("() => document.documentElement.scrollWidth <= innerWidth"), "de partnerpagina scrolt opzij"
    page.screenshot(path=str(map_shots / "partner-375.png"), full_page=True)

    # Our own iframe, navigated to another origin: right window, wrong origin, ignored.
    voor = iframe_hoogte(page)
    page.evaluate("""(url) => new Promise((klaar) => {
        addEventListener('message', (e) => { if (e.data && e.data.type === 'derde:klaar') klaar(); });
        document.querySelector('[data-wik-rekentool] iframe').src = url;
    })""", derde)
    page.wait_for_timeout(300)
    assert iframe_hoogte(page) == voor
    assert page.evaluate("() => window.__uitkomsten.length") == aantal

    assert kijker.fouten == []
    # Only the partner's own origin, ours and the third party's: nothing else was asked.
    partner_origin = partner_url.split("/partner/")[0]
    assert [u for u in kijker.vreemde_verzoeken(site_origin)
            if not u.startswith((partner_origin, derde_origin))] == []


# ---- the sandboxed iframe ---------------------------------------------------------------------

def test_sandbox_zonder_same_origin(page, partner, pages_url, derde, artifacts):
    """data-sandbox with the tokens from the docs: the frame's origin is "null", and still the
    tool computes, grows, sends its result and offers its .ics download."""
    map_, partner_url = partner
    partner_pagina(map_, f'<div data-wik-rekentool data-resultaat="ja" data-sandbox="{SANDBOX}"></div>',
                   pages_url + "embed.js")
    page.set_viewport_size({"width": 1024, "height": 900})
    page.add_init_script(MELD_CSP)
    page.add_init_script(VANG_UITKOMST)
    kijker = volg(page)
    page.goto(partner_url)
    expect(page.locator("iframe")).to_have_attribute("sandbox", SANDBOX)
    frame = embed_frame(page)
    assert frame.evaluate("() => self.origin") == "null"
    wacht_op_python(frame)
    # no Cache Storage in an opaque origin: the big files came as their .xz copies, unpacked
    info = frame.evaluate(START_INFO)
    assert info["bronnen"] == {"pyodide.asm.wasm": "xz", "python_stdlib.zip": "xz"}, info

    een, h1 = eerste_factuur(page, frame, "750", "750.00", "2026-02-01")

    frame.locator('[data-actie="vordering-erbij"]').click()
    vul_factuur(frame, 1, "1000", "2026-04-01")
    twee = verwacht([("750.00", "2026-02-01"), ("1000.00", "2026-04-01")])
    expect(totaal(frame)).to_have_text(euro(twee["totaal"]))
    assert volgt_hoogte(page, frame) > h1

    # allow-downloads: the planner's calendar file.
    frame.locator('[role="tab"][data-tab="planner"]').click()
    frame.locator('[data-pad="planner.factuurdatum"]').fill("2026-11-02")
    expect(frame.locator('[data-actie="download-ics"]')).to_be_visible()
    frame.wait_for_timeout(600)
    with page.expect_download() as download:
        frame.locator('[data-actie="download-ics"]').click()
    assert download.value.suggested_filename.endswith(".ics")
    volgt_hoogte(page, frame)

    map_shots = artifacts / "embed"
    map_shots.mkdir(exist_ok=True)
    page.screenshot(path=str(map_shots / "partner-sandbox.png"), full_page=True)

    # The sandboxed frame navigated to another document: its origin is "null" as well, and it is the
    # same window, but it has not the frame's key: its height and result messages are ignored.
    voor = iframe_hoogte(page)
    aantal = page.evaluate("() => window.__uitkomsten.length")
    page.evaluate("""(url) => new Promise((klaar) => {
        addEventListener('message', (e) => { if (e.data && e.data.type === 'derde:klaar') klaar(e.origin); });
        document.querySelector('[data-wik-rekentool] iframe').src = url;
    })""", derde)
    page.wait_for_timeout(300)
    assert iframe_hoogte(page) == voor
    assert page.evaluate("() => window.__uitkomsten.length") == aantal
    assert kijker.fouten == []


def test_sandbox_met_ingevulde_staat(page, partner, pages_url):
    """A prefilled state in a sandboxed frame, through the loader (fragment) and through a plain
    iframe (query string): the form is filled and the element keeps its state out of the URL."""
    map_, partner_url = partner
    staat = fragment({"vorderingen": [{"kenmerk": "S-1", "bedrag": "640,00", "vervaldatum": "2026-06-01"}]})
    partner_pagina(map_, f"""
<div data-wik-rekentool data-sandbox="allow-scripts" data-staat="{staat}"></div>
<iframe id="los" sandbox="allow-scripts" title="Rekentool" style="width:100%;height:900px;border:0"
        src="{pages_url}embed/?staat={staat.replace("=", "%3D", 1)}"></iframe>""", pages_url + "embed.js")
    page.add_init_script(MELD_CSP)
    kijker = volg(page)
    page.goto(partner_url)
    for selector in ("[data-wik-rekentool] iframe", "#los"):
        frame = page.frame_locator(selector)
        expect(frame.locator('[data-pad="vorderingen.0.kenmerk"]')).to_have_value("S-1", timeout=GEREED_MS)
        expect(frame.locator('[data-pad="vorderingen.0.bedrag"]')).to_have_value("640,00")
        expect(frame.locator("wik-rekentool")).to_have_attribute("zonder-url", "")
    # The loader puts the state in the fragment; the old-style ?staat= of the plain iframe is moved there.
    assert page.locator("[data-wik-rekentool] iframe").get_attribute("src").startswith(pages_url + "embed/#" + staat + "&k=")
    urls = [f.url for f in page.frames if "/embed/" in f.url]
    assert len(urls) == 2 and all(u.endswith("/embed/#" + staat) for u in urls), urls
    assert kijker.fouten == []


# ---- the plain iframe, without scripts on the partner page ------------------------------------

def test_los_iframe_met_opties_en_staat(page, partner, site_url):
    """A plain <iframe> with options and a prefilled state: it computes at once, the explicit
    debtor wins over the state's, and nothing lands in the partner's history."""
    map_, partner_url = partner
    staat = {"tab": "rekentool", "debiteur": "consument", "peildatum": PEILDATUM, "betalingen": [],
             "vorderingen": [{"kenmerk": "F-9", "bedrag": "2.000,00", "vervaldatum": "2026-03-01"}]}
    src = f"{site_url}embed/?debiteur=bedrijf&compact=ja&accent=%23005a9c#{fragment(staat)}"
    partner_pagina(map_, f'<iframe src="{src}" title="Rekentool" style="width:100%;height:1100px;border:0"></iframe>')
    page.add_init_script(MELD_CSP)
    kijker = volg(page)
    page.goto(partner_url)
    lengte = page.evaluate("() => history.length")
    frame = embed_frame(page)
    wacht_op_python(frame)

    el = frame.locator("wik-rekentool")
    expect(el).to_have_attribute("debiteur", "bedrijf")
    expect(el).to_have_attribute("compact", "")
    zakelijk = verwacht([("2000.00", "2026-03-01")], debiteur="bedrijf")
    expect(totaal(frame)).to_have_text(euro(zakelijk["totaal"]))
    kleur = frame.eval_on_selector('[role="tab"][aria-selected="true"]', "t => getComputedStyle(t).backgroundColor")
    assert kleur == "rgb(0, 90, 156)"

    # Typing changes the result but not the frame's URL nor the partner's back button.
    frame.locator('[data-pad="vorderingen.0.bedrag"]').fill("3000")
    zakelijk3 = verwacht([("3000.00", "2026-03-01")], debiteur="bedrijf")
    expect(totaal(frame)).to_have_text(euro(zakelijk3["totaal"]))
    frame.wait_for_timeout(500)
    assert frame.url == src
    assert page.evaluate("() => history.length") == lengte
    assert kijker.fouten == []


# ---- options: bad values fall back, the loader passes only what it knows ----------------------

def test_slechte_opties_vallen_terug(page, partner, site_url, axe):
    map_, partner_url = partner
    partner_pagina(map_, """
<div data-wik-rekentool id="a" data-tab="evil" data-debiteur="koning" data-accent="red" data-compact="nee"
     data-staat="javascript:alert(1)" data-sandbox="allow-top-navigation allow-scripts allow-forms"></div>
<wik-rekentool-embed id="b" tab="planner" debiteur="overheid" accent="#333" compact></wik-rekentool-embed>""",
                   site_url + "embed.js")
    page.goto(partner_url)
    a = page.locator("#a iframe")
    expect(a).to_have_attribute("src", re.compile("^" + re.escape(site_url + "embed/") + "#k=[0-9a-f]{32}$"))
    expect(a).to_have_attribute("sandbox", "allow-scripts")
    b = page.locator("#b iframe")
    expect(b).to_have_attribute("src", re.compile(
        "^" + re.escape(site_url + "embed/?tab=planner&debiteur=overheid&compact=ja&accent=%23333") + "#k=[0-9a-f]{32}$"))
    assert b.get_attribute("sandbox") is None

    # The embed page itself: wrong values, and an accent too light for white text, are ignored.
    page.goto(site_url + "embed/?tab=evil&debiteur=koning&accent=%23ffff00&compact=nee&staat=r%3D%21%21")
    el = page.locator("wik-rekentool")
    expect(el).to_have_attribute("tab", "rekentool")
    expect(el).to_have_attribute("debiteur", "consument")
    assert el.get_attribute("compact") is None
    assert page.evaluate("() => document.documentElement.style.getPropertyValue('--md-primary-fg-color')") == ""
    # a bad state in an old-style query: dropped from the address (figures never stay in a query), and
    # no fragment was made from it
    assert page.url.endswith("/embed/?tab=evil&debiteur=koning&accent=%23ffff00&compact=nee"), page.url
    page.goto(site_url + "embed/?tab=brief&debiteur=overheid&accent=%23333&compact")
    expect(el).to_have_attribute("tab", "brief")
    expect(el).to_have_attribute("debiteur", "overheid")
    expect(el).to_have_attribute("compact", "")
    assert page.evaluate("() => document.documentElement.style.getPropertyValue('--md-primary-fg-color')") == "#333333"
    # A prefilled state in the query string (the loader puts it in the fragment) fills the form.
    staat = fragment({"vorderingen": [{"kenmerk": "Q-1", "bedrag": "2.000,00", "vervaldatum": "2026-03-01"}]})
    page.goto(site_url + "embed/?tab=rekentool&staat=" + staat.replace("=", "%3D", 1))
    expect(page.locator('[data-pad="vorderingen.0.bedrag"]')).to_have_value("2.000,00")
    expect(page.locator('[data-pad="vorderingen.0.kenmerk"]')).to_have_value("Q-1")
    expect(el).to_have_attribute("zonder-url", "")
    assert page.url == site_url + "embed/?tab=rekentool#" + staat  # moved to the fragment, out of the query

    assert axe(page) == []


# ---- our own pages under the Content-Security-Policy ----------------------------------------

def csp(page) -> str:
    return page.evaluate("""() => {
        const m = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
        return m && m === document.head.querySelector('meta:not([charset])') ? m.content : null;
    }""")


def test_eigen_paginas_werken_onder_de_csp(page, site_url, artifacts):
    """Every page carries the policy before anything it covers; the rekentool computes under it,
    Material's search works, and no page reports a violation."""
    (artifacts / "embed").mkdir(exist_ok=True)
    page.add_init_script(MELD_CSP)
    kijker = volg(page)
    for pad in ("", "incassokosten/", "rekentool-op-uw-website/"):
        page.goto(site_url + pad)
        beleid = csp(page)
        assert beleid and "'unsafe-inline'" not in beleid.split("style-src-attr")[0], (pad, beleid)
        assert "script-src 'self' 'sha256-" in beleid
        assert "'unsafe-eval'" not in beleid and "http" not in beleid
    # The live preview on that page: the loader under our own policy, height and all.
    voorbeeld = page.locator(".wik-voorbeeld iframe")
    voorbeeld.scroll_into_view_if_needed()
    expect(voorbeeld).to_have_attribute("src", re.compile("^" + re.escape(site_url + "embed/?compact=ja") + "#k=[0-9a-f]{32}$"))
    frame = embed_frame(page)
    frame.wait_for_function("() => customElements.get('wik-rekentool')", timeout=GEREED_MS)
    volgt_hoogte(page, frame, ".wik-voorbeeld iframe")
    page.screenshot(path=str(artifacts / "embed" / "docs-pagina.png"), full_page=True)

    # Material's search (its worker and index) under the policy.
    page.goto(site_url)
    page.set_viewport_size({"width": 1280, "height": 800})  # the search field sits in the header
    zoek = page.locator("input.md-search__input")
    zoek.click()
    # Material's search worker has loaded its index when the placeholder text shows.
    expect(page.locator(".md-search-result__meta")).to_have_text("Typ om te beginnen met zoeken", timeout=10000)
    zoek.press_sequentially("incassokosten", delay=20)  # Material searches on key events
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=10000)

    page.goto(site_url + "rekentool/")
    assert "'wasm-unsafe-eval'" not in csp(page)
    wacht_op_python(page)
    vul_factuur(page, 0, "1234,56", "2026-01-01")
    page.locator('[data-pad="peildatum"]').fill(PEILDATUM)
    expect(totaal(page).first).to_have_text(
        euro(verwacht([("1234.56", "2026-01-01")])["totaal"]))
    assert kijker.fouten == []


def test_elke_pagina_heeft_het_beleid():
    """All built pages, also 404.html: the policy right after <meta charset>, no inline handlers."""
    paginas = sorted(SITE.rglob("*.html"))
    assert len(paginas) > 5
    zonder = []
    for pad in paginas:
        html = pad.read_text(encoding="utf-8")
        kop = re.search(r"<head>\s*<meta charset=\"utf-8\">\s*<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">", html)
        if not kop or "default-src 'self'" not in kop.group(1):
            zonder.append(str(pad.relative_to(SITE)))
    assert zonder == []


def test_elk_inline_script_staat_in_het_beleid():
    """Every inline script a browser runs has its hash in that page's policy (Material's
    ``__md_scope`` script and the tabbed-content fix), so the pages need no 'unsafe-inline'."""
    ontbreekt = []
    for pad in sorted(SITE.rglob("*.html")):
        html = pad.read_text(encoding="utf-8")
        beleid = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
        script_src = next(d for d in beleid.split("; ") if d.startswith("script-src "))
        for attributen, inhoud in re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S):
            if "src=" in attributen or "application/json" in attributen:
                continue
            digest = base64.b64encode(hashlib.sha256(inhoud.encode()).digest()).decode()
            if f"'sha256-{digest}'" not in script_src:
                ontbreekt.append((str(pad.relative_to(SITE)), inhoud[:40]))
    assert ontbreekt == []


def test_controle_als_embed_van_een_tweede_oorsprong(page, partner, site_url, site_origin, axe, artifacts):
    """data-tool="controle": the debtor's check in the partner's page, computing, growing with its
    content, under the partner's strict policy; nothing of the visitor's figures in any URL."""
    map_, partner_url = partner
    partner_pagina(map_, '<div data-wik-rekentool data-tool="controle"></div>', site_url + "embed.js",
                   csp=f"default-src 'none'; script-src {site_origin}; frame-src {site_origin}; "
                       "style-src 'unsafe-inline'; img-src data:")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.add_init_script(MELD_CSP)
    kijker = volg(page)
    page.goto(partner_url)
    iframe = page.locator("[data-wik-rekentool] iframe")
    expect(iframe).to_have_attribute("src", re.compile("^" + re.escape(site_url + "embed/controle/") + "#k=[0-9a-f]{32}$"))
    expect(iframe).to_have_attribute("title", re.compile("incassobrief", re.I))
    frame = embed_frame(page)
    frame.wait_for_function("() => customElements.get('wik-controle')", timeout=GEREED_MS)
    frame.evaluate("() => document.querySelector('wik-controle').ready")
    frame.get_by_label("Een bedrijf of zzp'er").check()
    frame.get_by_label("Bedrag van de factuur").fill("1.000,00")
    frame.get_by_label("Uiterste betaaldag").fill("2026-09-30")
    frame.get_by_label("Incassokosten", exact=True).fill("200,00")  # the staffel over € 1.000 is € 150
    expect(frame.locator("wik-controle .wik-oordeel")).to_contain_text("niet zeker")
    verwacht_ = handle({"actie": "controleer", "debiteur": "bedrijf", "peildatum": frame.evaluate(
        "() => document.querySelector('wik-controle [data-pad=peildatum]').value"), "geeist": {"incassokosten": "200.00"},
        "vorderingen": [{"bedrag": "1000.00", "vervaldatum": "2026-09-30"}]})
    assert verwacht_["oordeel"] == "onzeker"
    expect(frame.locator("wik-controle .wik-totaal td")).to_have_text(euro(verwacht_["toegestaan"]["totaal"]))
    # the frame follows its content, and no URL carries the figures
    assert volgt_hoogte(page, frame) > 1000
    # (the query only: a random port or a content hash may hold these digits)
    assert not [u for u in kijker.verzoeken if any(x in urlsplit(u).query for x in ("1000", "200", "c=", "r="))]
    assert "#c=" not in frame.url  # zonder-url in the embed: the partner's back button is not ours
    assert not [f for f in kijker.fouten if "Content-Security-Policy" in f or "pageerror" in f], kijker.fouten
    page.screenshot(path=artifacts / "embed" / "controle-partner.png", full_page=True)
