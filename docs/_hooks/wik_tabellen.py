"""MkDocs hook: every amount, rate and date on the pages comes from the ``wik`` engine.

A page writes a marker where a number belongs, and this hook replaces it at build time
with Markdown made from the engine's answer (``wik.handle``, the JSON contract of py/README.md):

- inline: ``{{ wik_kosten 1234.56 }}`` → ``€ 185,18``; ``{{ wik_minimum }}``, ``{{ wik_maximum }}``,
  ``{{ wik_termijn 2026-03-06 bezorgdatum }}`` → ``dinsdag 10 maart 2026`` (also ``veertiende_dag``,
  the 14th day after delivery before Atw art. 1 moves it), ``{{ wik_gecontroleerd }}``,
  ``{{ wik_laatste_tarief }}``, ``{{ wik_grens_kleine_termijnen }}``, ``{{ wik_termijnkosten_maximum }}``;
- tables: ``{{ wik_staffel }}``, ``{{ wik_voorbeelden }}``, ``{{ wik_een_brief 150 200 }}``,
  ``{{ wik_btw }}``, ``{{ wik_afwijken }}``, ``{{ wik_tarieven }}``, ``{{ wik_rente_voorbeeld }}``,
  ``{{ wik_betaling_voorbeeld }}``, ``{{ wik_bezorging }}``, ``{{ wik_postnormen 2026-03-04 … }}``,
  ``{{ wik_kleine_termijnen 50.00 6 }}``, ``{{ wik_traject 2026-11-02 14 consument }}`` (add
  ``zonder-afspraak`` for a consumer without an agreed payment term), ``{{ wik_verjaring 2026-11-02 14
  consument }}`` (when the planner's example is time-barred, without and with stuiting);
- inline from the planner: ``{{ wik_traject_dagen 2026-11-02 14 consument 1 3 }}`` → the days from step 1 to 3;
  ``{{ wik_oninbaar 2026-11-02 14 consument uiterlijk }}`` → a year after the uiterste betaaldag (art. 29 Wet OB;
  also ``betaaldag``, ``maand``, ``kwartaal``);
- the engine's own 14-day letter: ``{{ wik_brief 2026-03-06 }}``.

Each table sits in ``<div class="wik-tabel" data-wik="<naam>">``, each inline value in
``<span class="wik-getal" data-wik="<naam> <args>">``, so tests/test_docs_getallen.py can find
and recompute every one of them. Table markers go on a line of their own. The hook fails the build loudly,
never silently: an unknown marker, a marker left over, a missing engine or an engine error stops ``mkdocs build``.
"""

from __future__ import annotations

import html
import re
from datetime import date, timedelta
from decimal import Decimal

from mkdocs.exceptions import PluginError

MARKER = re.compile(r"\{\{\s*wik_([a-z_]+)((?:\s+[^\s{}]+)*)\s*\}\}")
RESTANT = re.compile(r"\{\{\s*wik")

#: Worked examples of the fee (incassokosten.md), the hoofdsommen the founding documents use.
VOORBEELDEN = ("266.67", "1234.56", "2500.00", "5000.00", "10000.00", "200000.00", "1000000.00")
#: Hoofdsommen for the two readings of the cap with the btw surcharge (btw.md).
BTW_VOORBEELDEN = ("1234.56", "100000.00", "800000.00", "1000000.00")
#: Posting days for the presumed-delivery table (veertiendagenbrief.md): one week, Koningsdag, the days
#: around the two steps of the postal norm (1 July 2026 and 1 July 2027), Christmas.
VERZENDDATA = ("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07",
               "2026-04-24", "2026-06-30", "2026-07-01", "2026-12-23", "2027-06-30", "2027-07-01")
#: Ordinal words for the counted delivery day (POSTNORMEN.telling).
TELWOORDEN = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde", 5: "vijfde", 6: "zesde"}


def _engine():
    try:
        import wik.contract
        import wik.geld
        import wik.incassokosten
        import wik.termijnen
        import wik.traject
    except ImportError as fout:  # a build without the engine must not publish empty tables
        raise PluginError(f"De rekenmodule 'wik' ontbreekt ({fout}); draai 'make install'.") from fout
    return wik


def vraag(verzoek: dict) -> dict:
    """Ask the engine; an error answer stops the build."""
    antwoord = _engine().contract.handle(verzoek)
    if "fout" in antwoord:
        raise PluginError(f"wik weigerde {verzoek}: {antwoord['fout']}")
    return antwoord


def bereken(*bedragen: str, debiteur: str = "consument", **extra) -> dict:
    """A ``bereken`` request for claims without interest, plus any extra keys."""
    verzoek = {"actie": "bereken", "debiteur": debiteur, "rente": {"soort": "geen"},
               "vorderingen": [{"kenmerk": f"F-{i}", "bedrag": b} for i, b in enumerate(bedragen, 1)]}
    verzoek.update(extra)
    return vraag(verzoek)


def euro(bedrag: str) -> str:
    """``€ 1.234,56`` with a no-break space, so the sign never ends a line on its own."""
    return _engine().geld.euro(Decimal(bedrag)).replace("€ ", "€\u00a0")


def procent(percentage: str) -> str:
    return _engine().geld.procent_nl(Decimal(percentage))


def datum(iso: str, weekdag: bool = False) -> str:
    t = _engine().termijnen
    return (t.dag_nl if weekdag else t.datum_nl)(date.fromisoformat(iso))


def tabel(naam: str, kop: list[str], rijen: list[list[str]], onder: str = "") -> str:
    """A Markdown table in a marked div (md_in_html), with an optional line below it."""
    regels = ["| " + " | ".join(kop) + " |", "|" + "---|" * len(kop)]
    regels += ["| " + " | ".join(rij) + " |" for rij in rijen]
    tekst = f'\n<div class="wik-tabel" data-wik="{naam}" markdown>\n\n' + "\n".join(regels) + "\n\n"
    if onder:
        tekst += onder + "\n\n"
    return tekst + "</div>\n"


# --- inline values --------------------------------------------------------------------------------

def kosten(bedrag: str, debiteur: str = "consument") -> str:
    return euro(bereken(bedrag, debiteur=debiteur)["incassokosten"]["bedrag"])


def minimum() -> str:
    return kosten("0.01")


def maximum() -> str:
    return kosten("1000000000.00")


def termijn(verzonden: str, veld: str) -> str:
    """A date of the 14-day term of a letter posted on ``verzonden`` (HR 2016:2704; Atw art. 1).

    ``veertiende_dag`` is the 14th day after delivery, before Atw art. 1 moves a Saturday, Sunday or
    holiday to the next day (the page shows both to explain the move).
    """
    t = _engine().termijnen.termijn(date.fromisoformat(verzonden))
    if veld == "veertiende_dag":
        return _engine().termijnen.dag_nl(t.bezorgdatum + timedelta(days=14))
    if veld not in ("verzenddatum", "bezorgdatum", "laatste_dag", "verschuldigd_vanaf"):
        raise PluginError(f"wik_termijn kent het veld {veld!r} niet")
    return _engine().termijnen.dag_nl(getattr(t, veld))


def grens_kleine_termijnen() -> str:
    """Each termijn below this amount counts as small (Besluit BIK as changed by Stb. 2024, 44)."""
    return euro(str(_engine().incassokosten.KLEINE_TERMIJN_GRENS))


def termijnkosten_maximum() -> str:
    """The most a further small termijn's fee can be (Stb. 2024, 44; working model)."""
    return euro(str(_engine().incassokosten.KLEINE_TERMIJN_MAXIMUM))


def gecontroleerd() -> str:
    return datum(vraag({"actie": "tarieven"})["laatst_gecontroleerd"])


def _ongecontroleerd(rij: dict) -> list[str]:
    """The rates of a row not yet checked against a good source, each by its own flag."""
    namen = []
    if not rij["geverifieerd_wettelijk"]:
        namen.append("wettelijke rente")
    if rij["handels"] is not None and not rij["geverifieerd_handels"]:
        namen.append("handelsrente")
    return namen


def laatste_tarief() -> str:
    rij = vraag({"actie": "tarieven"})["tarieven"][-1]
    zin = (f"sinds {datum(rij['ingangsdatum'])}: wettelijke rente {procent(rij['wettelijk'])}, "
           f"handelsrente {procent(rij['handels'])}")
    niet = _ongecontroleerd(rij)
    if not niet:
        return zin
    wat = "beide" if len(niet) == 2 else f"de {niet[0]}"
    return zin + f" ({wat} nog niet gecontroleerd aan een officiële bekendmaking)"


# --- tables ---------------------------------------------------------------------------------------

def _deel(band: dict) -> str:
    """A band in the Besluit's own words: the first, the next, the rest."""
    if band["tot"] is None:
        return f"alles boven {euro(band['van'])}, tot het maximum"
    breedte = str(Decimal(band["tot"]) - Decimal(band["van"]))
    return f"{'de eerste' if Decimal(band['van']) == 0 else 'de volgende'} {euro(breedte)}"


def staffel() -> str:
    """The bands of Besluit BIK art. 2 lid 1, with the fee over each full band."""
    banden = bereken("1000000.00")["incassokosten"]["staffel"]
    rijen = [[_deel(b), procent(b["percentage"]), euro(b["bedrag"])] for b in banden]
    onder = (f"De vergoeding is minimaal {minimum()} (art. 2 lid 2) en maximaal {maximum()} "
             f"(art. 2 lid 1). Het maximum bereikt u bij een hoofdsom van {euro('1000000.00')}; "
             "daarboven blijft het bij het maximum.")
    return tabel("staffel", ["Schijf van de hoofdsom", "Percentage", "Kosten over de hele schijf"], rijen, onder)


def _berekening(kosten: dict) -> str:
    delen = [f"{procent(b['percentage'])} van {euro(b['grondslag'])}"
             for b in kosten["staffel"] if Decimal(b["grondslag"]) > 0]
    tekst = " + ".join(delen)
    if kosten["minimum_toegepast"]:
        tekst += f"; dat is minder dan het minimum van {minimum()}"
    if kosten["maximum_toegepast"]:
        tekst += f"; dat is meer dan het maximum van {maximum()}"
    return tekst


def voorbeelden() -> str:
    rijen = []
    for bedrag in VOORBEELDEN:
        k = bereken(bedrag)["incassokosten"]
        rijen.append([euro(bedrag), _berekening(k), euro(k["bedrag"])])
    return tabel("voorbeelden", ["Hoofdsom", "Berekening", "Incassokosten"], rijen)


def een_brief(*bedragen: str) -> str:
    """Several invoices: one fee over the sum (art. 6:96 lid 7 BW) against a fee per invoice."""
    rijen, apart = [], Decimal(0)
    for i, bedrag in enumerate(bedragen, 1):
        los = bereken(bedrag)["incassokosten"]["bedrag"]
        apart += Decimal(los)
        rijen.append([f"Factuur {i}", euro(bedrag), euro(los)])
    samen = bereken(*bedragen)
    rijen.append(["**Apart berekend (mag niet)**", "", f"**{euro(str(apart))}**"])
    rijen.append(["**In één brief (zo moet het)**", f"**{euro(samen['hoofdsom'])}**",
                  f"**{euro(samen['incassokosten']['bedrag'])}**"])
    return tabel("een-brief", ["", "Hoofdsom", "Incassokosten"], rijen)


def btw() -> str:
    """The btw surcharge (Besluit art. 2 lid 3) under both readings of the cap."""
    rijen = []
    for bedrag in BTW_VOORBEELDEN:
        erbij = bereken(bedrag, btw={"verhogen": True})["incassokosten"]
        binnen = bereken(bedrag, btw={"verhogen": True, "max_incl_btw": True})["incassokosten"]
        rijen.append([euro(bedrag), euro(erbij["bedrag"]),
                      f"{euro(erbij['totaal'])} (btw {euro(erbij['btw'])})",
                      f"{euro(binnen['totaal'])} (btw {euro(binnen['btw'])})"])
    kop = ["Hoofdsom", "Incassokosten zonder btw", "Lezing 1: met btw", "Lezing 2: met btw"]
    return tabel("btw", kop, rijen)


def afwijken() -> str:
    """A 15 % clause against the staffel: a business (court may reduce) and a consumer (capped)."""
    rijen = []
    for debiteur, wie in (("bedrijf", "Bedrijf"), ("consument", "Consument")):
        antwoord = bereken("24821.73", debiteur=debiteur, kosten={"soort": "percentage", "waarde": "15"})
        k = antwoord["incassokosten"]
        uitleg = " ".join(m["tekst"] for m in antwoord["meldingen"]
                          if m["code"] in ("kosten_matiging", "kosten_begrensd"))
        rijen.append([wie, euro(antwoord["hoofdsom"]), euro(k["wettelijk"]), euro(k["bedrag"]), uitleg])
    kop = ["Klant", "Hoofdsom", "WIK-staffel", "Wat u vraagt bij 15% in de voorwaarden", "Toelichting"]
    return tabel("afwijken", kop, rijen)


def tarieven() -> str:
    """Every row of the rate table, newest first, with the verified flag of each rate; the sources below it."""
    antwoord = vraag({"actie": "tarieven"})
    rijen, bronnen = [], []
    for rij in reversed(antwoord["tarieven"]):
        handels = procent(rij["handels"]) if rij["handels"] is not None else "–"
        niet = _ongecontroleerd(rij)
        if not niet:
            gecheckt = "ja"
        elif len(niet) == 2 or rij["handels"] is None:
            gecheckt = "**nee**"
        else:  # one of the two rates: say which, so the other is not doubted (e.g. 2004-01-01, 2011-07-01)
            gecheckt = ", ".join(f"{naam} {'**nee**' if naam in niet else 'ja'}"
                                 for naam in ("wettelijke rente", "handelsrente"))
        rijen.append([datum(rij["ingangsdatum"]), procent(rij["wettelijk"]), handels, gecheckt])
        bronnen.append(f"    - {datum(rij['ingangsdatum'])}: {rij['bron']}")
    onder = (f"Laatst gecontroleerd: {datum(antwoord['laatst_gecontroleerd'])}. De rekentool kent de tarieven "
             f"tot en met {datum(antwoord['bekend_tot'])}.\n\n"
             '??? info "De bron van elke regel"\n' + "\n".join(bronnen))
    kop = ["Vanaf", "Wettelijke rente", "Handelsrente", "Gecontroleerd"]
    return tabel("tarieven", kop, rijen, onder)


def _perioden(antwoord: dict) -> list[list[str]]:
    return [[datum(p["van"]), datum(p["tot_en_met"]), str(p["dagen"]), procent(p["percentage"]),
             euro(p["grondslag"]), euro(p["bedrag"])] for p in antwoord["rente"]["perioden"]]


KOP_PERIODEN = ["Van", "Tot en met", "Dagen", "Rente", "Over", "Bedrag"]


def rente_voorbeeld() -> str:
    """The worked check of compounding with a rate change: € 10.000 handelsrente, due 30 June 2021, until 30 June 2023."""
    antwoord = vraag({"actie": "bereken", "debiteur": "bedrijf", "rente": {"soort": "handels"},
                      "vorderingen": [{"kenmerk": "F-1", "bedrag": "10000.00", "vervaldatum": "2021-06-30"}],
                      "peildatum": "2023-06-30", "kosten": {"soort": "geen"}})
    rijen = _perioden(antwoord) + [["**Totaal**", "", "", "", "", f"**{euro(antwoord['rente']['totaal'])}**"]]
    return tabel("rente-voorbeeld", KOP_PERIODEN, rijen)


def betaling_voorbeeld() -> str:
    """Art. 6:44 BW: a part payment goes to costs, then interest, then the principal."""
    antwoord = vraag({"actie": "bereken", "debiteur": "consument", "rente": {"soort": "wettelijk"},
                      "vorderingen": [{"kenmerk": "F-1", "bedrag": "1000.00", "vervaldatum": "2025-01-31"}],
                      "betalingen": [{"bedrag": "400.00", "datum": "2025-07-31"}], "peildatum": "2025-12-31",
                      "kosten": {"soort": "wik", "verschuldigd_vanaf": "2025-03-01"}})
    b = antwoord["betalingen"][0]
    verdeling = tabel("betaling-verdeling", ["Betaling", "Naar de kosten", "Naar de rente", "Naar de hoofdsom"],
                      [[f"{euro(b['bedrag'])} op {datum(b['datum'])}", euro(b["kosten"]), euro(b["rente"]),
                        euro(b["hoofdsom"])]])
    rijen = _perioden(antwoord) + [["**Totaal rente**", "", "", "", "", f"**{euro(antwoord['rente']['totaal'])}**"]]
    onder = (f"Op {datum('2025-12-31')} staat nog open: hoofdsom {euro(antwoord['hoofdsom'])}, "
             f"rente {euro(antwoord['rente']['open'])} en incassokosten "
             f"{euro(antwoord['incassokosten']['open'])}; samen {euro(antwoord['totaal'])}.")
    return verdeling + tabel("betaling-rente", KOP_PERIODEN, rijen, onder)


def bezorging() -> str:
    """Presumed delivery (HR 2016:2704, later the relaxed postal norm), last day (Atw art. 1), costs due."""
    t = _engine().termijnen
    rijen, verlengd = [], False
    for iso in VERZENDDATA:
        term = t.termijn(date.fromisoformat(iso))
        if term.verschuldigd_vanaf != term.laatste_dag + timedelta(days=1):  # the line below the table says so
            raise PluginError(f"wik_bezorging: kosten niet de dag na de laatste dag bij {iso}")
        laatste = t.dag_nl(term.laatste_dag) + (" (verlengd)" if term.verlengd else "")
        verlengd = verlengd or term.verlengd
        rijen.append([t.dag_nl(term.verzenddatum), t.dag_nl(term.bezorgdatum), laatste])
    # Three columns, so the table fits a phone (375 px) without hiding a date.
    kop = ["Verstuurd", "Vermoedelijk bezorgd", "Laatste dag om te betalen"]
    onder = "Betaalt de klant niet, dan zijn de incassokosten verschuldigd vanaf de dag na de laatste dag."
    if verlengd:
        onder += (" (verlengd): de veertiende dag na de bezorging viel op een zaterdag, zondag of feestdag; de "
                  "termijn loopt door tot en met de eerstvolgende dag die dat niet is (art. 1 Atw).")
    return tabel("bezorging", kop, rijen, onder)


def _geldende_norm(normen, dag: date):
    """The row of POSTNORMEN in force for a letter posted on ``dag``."""
    geldend = normen[0]
    for norm in normen:
        if norm.vanaf <= dag:
            geldend = norm
    return geldend


def postnormen(*voorbeelden: str) -> str:
    """The presumed delivery day per period (``wik.termijnen.POSTNORMEN``), one worked example per row."""
    t = _engine().termijnen
    normen = t.POSTNORMEN
    rijen, bronnen = [], []
    for i, norm in enumerate(normen):
        einde = normen[i + 1].vanaf - timedelta(days=1) if i + 1 < len(normen) else None
        if i == 0:
            periode = f"tot en met {t.datum_nl(einde)}"
        elif einde is not None:
            periode = f"{t.datum_nl(norm.vanaf)} tot en met {t.datum_nl(einde)}"
        else:
            periode = f"vanaf {t.datum_nl(norm.vanaf)}"
        hier = [date.fromisoformat(v) for v in voorbeelden if _geldende_norm(normen, date.fromisoformat(v)) == norm]
        if len(hier) != 1:
            raise PluginError(f"wik_postnormen: geef één voorbeelddatum per periode ({periode}), niet {voorbeelden}")
        if norm.telling not in TELWOORDEN:
            raise PluginError(f"wik_postnormen: geen telwoord voor {norm.telling}")
        rijen.append([periode, f"de {TELWOORDEN[norm.telling]} getelde dag na verzending",
                      f"verstuurd {t.dag_nl(hier[0])}, bezorgd {t.dag_nl(t.bezorgdatum(hier[0]))}"])
        bronnen.append(f"    - {periode}: {norm.bron}")
    onder = '??? info "De bron van elke regel"\n' + "\n".join(bronnen)
    return tabel("postnormen", ["Brief verstuurd", "Wij gaan uit van bezorging op", "Voorbeeld"], rijen, onder)


TELLEN = {2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen", 10: "tien",
          11: "elf", 12: "twaalf"}


def kleine_termijnen(bedrag: str, aantal: str) -> str:
    """Small periodic claims (Besluit BIK as changed by Stb. 2024, 44; working model, unverified).

    ``aantal`` unpaid termijnen of ``bedrag``: one 14-day letter per termijn, the costs of each
    falling due a month after the previous one (the 15th of January, February, …, 2026), against one
    letter for all of them (art. 6:96 lid 7 BW).
    """
    n = int(aantal)
    if n not in TELLEN:
        raise PluginError(f"wik_kleine_termijnen: kies 2 tot en met 12 termijnen, niet {aantal}")
    data = [date(2026, k, 15) for k in range(1, n + 1)]
    rijen, samen = [], Decimal(0)
    for k, dag in enumerate(data):
        antwoord = bereken(bedrag, kosten={"soort": "wik", "verschuldigd_vanaf": dag.isoformat(),
                                           "eerdere_termijnkosten": [d.isoformat() for d in data[:k]]})
        los = antwoord["incassokosten"]["bedrag"]
        samen += Decimal(los)
        rijen.append([f"Brief {k + 1}: {euro(antwoord['hoofdsom'])}", datum(dag.isoformat()), euro(los)])
    een = bereken(*[bedrag] * n)
    hoofdsom = euro(een["hoofdsom"])
    rijen.append([f"**{TELLEN[n].capitalize()} brieven samen: {hoofdsom}**", "", f"**{euro(str(samen))}**"])
    rijen.append([f"**Eén brief voor alle {TELLEN[n]}: {hoofdsom}**", "",
                  f"**{euro(een['incassokosten']['bedrag'])}**"])
    # Three columns, so the table fits a phone (375 px) without hiding an amount.
    kop = ["Brief en hoofdsom", "Kosten verschuldigd vanaf", "Incassokosten"]
    return tabel("kleine-termijnen", kop, rijen)


def traject(factuurdatum: str, dagen: str, debiteur: str, *opties: str) -> str:
    """The dated six steps; ``zonder-afspraak``: a consumer without an agreed payment term (step 5 first)."""
    verzoek = {"actie": "traject", "factuurdatum": factuurdatum, "betaaltermijn_dagen": int(dagen),
               "debiteur": debiteur}
    naam = "traject"
    for optie in opties:
        if optie != "zonder-afspraak":
            raise PluginError(f"wik_traject kent de optie {optie!r} niet")
        verzoek["betaaltermijn_afgesproken"] = False
        naam = "traject-zonder-afspraak"
    antwoord = vraag(verzoek)
    rijen = [[f"{s['nummer']}. {s['naam']}" if s["nummer"] else s["naam"],
              datum(s["datum"], weekdag=True) if s["datum"] else "vooraf",
              "**ja**" if s["wettelijk_verplicht"] else "nee"] for s in antwoord["stappen"]]
    onder = f"Uiterste betaaldag: {datum(antwoord['vervaldatum'], weekdag=True)}."
    return tabel(naam, ["Stap", "Datum", "Wettelijk verplicht?"], rijen, onder)


def _plan(factuurdatum: str, dagen: str, debiteur: str) -> dict:
    return vraag({"actie": "traject", "factuurdatum": factuurdatum, "betaaltermijn_dagen": int(dagen),
                  "debiteur": debiteur})


def traject_dagen(factuurdatum: str, dagen: str, debiteur: str, van: str, tot: str) -> str:
    """The number of days from step ``van`` to step ``tot`` of the planner (step 1 is the invoice)."""
    data = {str(s["nummer"]): s["datum"] for s in _plan(factuurdatum, dagen, debiteur)["stappen"] if s["datum"]}
    if van not in data or tot not in data:
        raise PluginError(f"wik_traject_dagen: stap {van} of {tot} heeft geen datum")
    return str((date.fromisoformat(data[tot]) - date.fromisoformat(data[van])).days)


def _jaren_later(dag: date, jaren: int) -> date:
    """The same calendar day ``jaren`` years later (29 February becomes 28 February)."""
    try:
        return dag.replace(year=dag.year + jaren)
    except ValueError:
        return dag.replace(year=dag.year + jaren, day=28)


def _laatste_dag(begin: date, jaren: int) -> date:
    """A term of ``jaren`` years that starts at the beginning of ``begin``: its last day (art. 3:307, 3:319 BW)."""
    return _jaren_later(begin, jaren) - timedelta(days=1)


#: The terms of verjaring on the page, each with its article: (name, years).
VERJARING = (("Betaling uit een overeenkomst, zoals uw factuur (art. 3:307 BW)", 5),
             ("Koopprijs bij een consumentenkoop (art. 7:28 BW)", 2))


def verjaring(factuurdatum: str, dagen: str, debiteur: str) -> str:
    """The example of the planner: when the claim is time-barred, without and with the 14-day letter as stuiting.

    The term starts at the beginning of the day after the uiterste betaaldag (the safe, early reading of
    "de dag, volgende op die waarop de vordering opeisbaar is geworden", art. 3:307 BW). A written
    aanmaning stuits it once the debtor has it (art. 3:317 lid 1 BW); a new term of the same length,
    at most five years, starts the next day (art. 3:319 BW). The delivery day is the engine's.
    """
    plan = _plan(factuurdatum, dagen, debiteur)
    vervaldatum = date.fromisoformat(plan["vervaldatum"])
    vier = next(s for s in plan["stappen"] if s["nummer"] == 4)
    bezorgd = date.fromisoformat(vier["bezorgdatum"])
    rijen = []
    for naam, jaren in VERJARING:
        zonder = _laatste_dag(vervaldatum + timedelta(days=1), jaren)
        met = max(zonder, _laatste_dag(bezorgd + timedelta(days=1), min(jaren, 5)))
        rijen.append([naam, f"{jaren} jaar", datum(zonder.isoformat(), weekdag=True),
                      datum(met.isoformat(), weekdag=True)])
    onder = (f"Uiterste betaaldag: {datum(plan['vervaldatum'], weekdag=True)}. De 14-dagenbrief van stap 4 "
             f"gaat weg op {datum(vier['datum'], weekdag=True)} en is naar verwachting bezorgd op "
             f"{datum(vier['bezorgdatum'], weekdag=True)}; vanaf de dag erna loopt een nieuwe termijn.")
    kop = ["Vordering", "Termijn", "Laatste dag zonder stuiting", "Laatste dag na de 14-dagenbrief"]
    return tabel("verjaring", kop, rijen, onder)


KWARTALEN = ("eerste", "tweede", "derde", "vierde")


def oninbaar(factuurdatum: str, dagen: str, debiteur: str, veld: str) -> str:
    """Art. 29 lid 2 Wet OB 1968: the right to the btw refund arises at the latest one year after the claim fell due.

    ``betaaldag``: the planner's uiterste betaaldag; ``uiterlijk``: one year later; ``maand`` and ``kwartaal``: the
    btw period (a monthly or a quarterly return) that holds that day.
    """
    vervaldatum = date.fromisoformat(_plan(factuurdatum, dagen, debiteur)["vervaldatum"])
    later = _jaren_later(vervaldatum, 1)
    if veld == "betaaldag":
        return datum(vervaldatum.isoformat(), weekdag=True)
    if veld == "uiterlijk":
        return datum(later.isoformat(), weekdag=True)
    if veld == "maand":
        return f"{_engine().termijnen.MAANDEN[later.month - 1]} {later.year}"
    if veld == "kwartaal":
        return f"het {KWARTALEN[(later.month - 1) // 3]} kwartaal van {later.year}"
    raise PluginError(f"wik_oninbaar kent het veld {veld!r} niet")


def brief(verzenddatum: str) -> str:
    """The engine's own 14-day letter, exactly as the rekentool writes it (art. 6:96 lid 6 BW)."""
    antwoord = vraag({
        "actie": "brief", "soort": "veertiendagenbrief", "verzenddatum": verzenddatum,
        "berekening": {"actie": "bereken", "debiteur": "consument", "peildatum": verzenddatum,
                       "rente": {"soort": "wettelijk"},
                       "vorderingen": [{"kenmerk": "2026-041", "bedrag": "1234.56", "vervaldatum": "2026-02-19"}]},
        "schuldeiser": {"naam": "Klusbedrijf De Vries", "adres": "Dorpsstraat 1", "postcode": "3511 AA",
                        "plaats": "Utrecht", "iban": "NL91ABNA0417164300"},
        "schuldenaar": {"naam": "J. Jansen", "adres": "Kerkstraat 2", "postcode": "3512 BB", "plaats": "Utrecht"},
    })
    blokken = [blok for blok in antwoord["tekst"].split("\n\n") if blok.strip()]
    alineas = "\n".join("<p>" + "<br>\n".join(html.escape(r).replace("€ ", "€&nbsp;") for r in blok.splitlines())
                         + "</p>" for blok in blokken)
    return (f'\n<div class="wik-brief" data-wik="brief" data-verzenddatum="{verzenddatum}">\n'
            f"{alineas}\n</div>\n")


GENERATOREN = {
    "kosten": kosten, "minimum": minimum, "maximum": maximum, "termijn": termijn,
    "gecontroleerd": gecontroleerd, "laatste_tarief": laatste_tarief,
    "staffel": staffel, "voorbeelden": voorbeelden, "een_brief": een_brief, "btw": btw,
    "afwijken": afwijken, "tarieven": tarieven, "rente_voorbeeld": rente_voorbeeld,
    "betaling_voorbeeld": betaling_voorbeeld, "bezorging": bezorging, "traject": traject, "brief": brief,
    "postnormen": postnormen, "kleine_termijnen": kleine_termijnen,
    "grens_kleine_termijnen": grens_kleine_termijnen, "termijnkosten_maximum": termijnkosten_maximum,
    "traject_dagen": traject_dagen, "verjaring": verjaring, "oninbaar": oninbaar,
}
#: Markers that stand inside a sentence: wrapped in <span data-wik="naam args"> for the tests.
INLINE = {"kosten", "minimum", "maximum", "termijn", "gecontroleerd", "laatste_tarief", "grens_kleine_termijnen",
          "termijnkosten_maximum", "traject_dagen", "oninbaar"}


def on_page_markdown(markdown: str, page, config, files) -> str:
    waar = page.file.src_uri

    def vervang(m: re.Match) -> str:
        naam, args = m[1], m[2].split()
        generator = GENERATOREN.get(naam)
        if generator is None:
            raise PluginError(f"{waar}: onbekende marker 'wik_{naam}'")
        try:
            tekst = generator(*args)
        except TypeError as fout:
            raise PluginError(f"{waar}: marker 'wik_{naam}' met verkeerde argumenten {args}: {fout}") from fout
        if naam in INLINE:
            return f'<span class="wik-getal" data-wik="{" ".join([naam, *args])}">{tekst}</span>'
        return tekst

    markdown = MARKER.sub(vervang, markdown)
    if RESTANT.search(markdown):
        raise PluginError(f"{waar}: een wik-marker is niet vervangen: {RESTANT.search(markdown)[0]!r}…")
    return markdown
