"""The browser's answers are CPython's, for many generated cases, in one page and one batch.

The cases are the ones ``tests/test_referentie.py`` checks against the independent
reference: calculations aimed at small termijnen, claims of equal age sharing a payment
(art. 6:43 lid 2 BW) and what is owed now (``nu_verschuldigd``), and a consumer's 14-day
letter posted on every day around the holidays and the postal-norm changes of 2026-07-01
and 2027-07-01 (with claims not yet due). All go through the element's ``handle`` in a
real browser (Pyodide, started once) in a single ``page.evaluate``, and every answer must
be the JSON that ``wik.contract.handle`` gives in this process.

The site under test must contain the ``py/wik`` this process imports: a stale build is
reported as such, not as a parity failure.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT, SITE, volg
from wik.contract import handle

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import test_referentie as gevallen  # noqa: E402  (the generators of the reference tests)

EL = "wik-rekentool"


@pytest.fixture(scope="session")
def rekentool_pagina(browser, browser_context_args, site_url):
    """One page with the rekentool, Python started (the pattern of test_rekentool.py)."""
    context = browser.new_context(**browser_context_args, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    kijker = volg(page)
    page.goto(site_url + "rekentool/")
    page.evaluate(f"""async () => {{
        await customElements.whenDefined('{EL}');
        await document.querySelector('{EL}').ready;
    }}""")
    yield page, kijker
    context.close()


def site_bevat_deze_wik():
    """The site's wik.zip holds exactly the py/wik files CPython runs, else: rebuild."""
    zips = list(SITE.glob("assets/rekentool/*/wik.zip"))
    assert len(zips) == 1, f"geen (of meer dan één) wik.zip in {SITE}"
    anders = []
    with zipfile.ZipFile(io.BytesIO(zips[0].read_bytes())) as z:
        for naam in z.namelist():
            bron = ROOT / "py" / naam
            if not bron.exists() or bron.read_bytes() != z.read(naam):
                anders.append(naam)
        namen = set(z.namelist())
    anders += [f"ontbreekt: {p.relative_to(ROOT / 'py')}" for p in (ROOT / "py" / "wik").glob("*.py")
               if str(p.relative_to(ROOT / "py")) not in namen]
    if anders:
        pytest.fail(f"De site in {SITE} is ouder dan py/wik ({anders[:5]}): bouw hem opnieuw.")


def tabel() -> list[dict]:
    verzoeken = []
    for soort, aantal in (("kleine_termijnen", 120), ("gelijke_ouderdom", 90), ("nu_verschuldigd", 90)):
        verzoeken += gevallen.gerichte_verzoeken(soort)[:aantal]
    verzoeken += [gevallen.brief_verzoek(d) for d in gevallen.VERZENDDAGEN]
    verzoeken += [gevallen.brief_verzoek(date.fromisoformat(d)) for d in ("2026-03-05", "2026-12-23", "2026-11-23")]
    return verzoeken


def test_gegenereerde_gevallen_gelijk_in_browser_en_cpython(rekentool_pagina):
    site_bevat_deze_wik()
    page, kijker = rekentool_pagina
    verzoeken = tabel()
    uit_python = [json.loads(json.dumps(handle(v))) for v in verzoeken]
    uit_browser = page.evaluate("""async (verzoeken) => {
        const el = document.querySelector('wik-rekentool');
        return Promise.all(verzoeken.map((v) => el.handle(v)));
    }""", verzoeken)
    assert len(uit_browser) == len(verzoeken)
    verschil = [(i, verzoeken[i], b, p) for i, (b, p) in enumerate(zip(uit_browser, uit_python, strict=True)) if b != p]
    assert verschil == [], f"{len(verschil)} van {len(verzoeken)} verschillen; eerste: {verschil[:2]}"
    assert kijker.fouten == []
    # the table reaches what it is for: letters with a left-out claim, the new postal norms,
    # small termijnen, costs not yet due, and few errors
    codes = [{m["code"] for m in a.get("meldingen", []) + a.get("berekening", {}).get("meldingen", [])}
             for a in uit_python]
    assert sum("niet_in_verzuim" in c for c in codes) >= 100
    assert sum("bezorging_marge" in c for c in codes) >= 50
    assert sum("kleine_termijnen" in c for c in codes) >= 15
    assert sum(a.get("nu_verschuldigd", a.get("totaal")) != a.get("totaal") for a in uit_python) >= 20
    assert sum("fout" in a for a in uit_python) <= len(verzoeken) // 10
