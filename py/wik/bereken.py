# About 200 lines: the calculation and the shape of its answer belong together (one JSON answer).
"""Bereken (calculate): the whole claim on a peildatum — principal, interest, costs, payments.

This puts the rules together in the order the law applies them: interest per
claim (art. 6:119–6:120 BW, module ``rente``), payments in date order to costs,
interest and principal (art. 6:43–6:44, module ``betalingen``), and the
collection costs over the summed hoofdsom (art. 6:96 lid 7 BW; Besluit BIK,
module ``incassokosten``). The fee is computed over the open principal plus
interest capitalised after a full year (Nota van toelichting Besluit BIK,
punt 5), as it stands the day before the costs became due
(``kosten.verschuldigd_vanaf``), or else on the peildatum.

``totaal`` is what is owed once the costs are due; ``nu_verschuldigd`` counts the costs only
when they are due on the peildatum. A consumer owes them only after a 14-day letter ran out
(art. 6:96 lid 6 BW), so without ``kosten.verschuldigd_vanaf`` the two differ:

>>> r = bereken({"debiteur": "consument", "peildatum": "2025-06-30",
...              "vorderingen": [{"kenmerk": "F-001", "bedrag": "1234.56", "vervaldatum": "2025-01-31"}]})
>>> r["hoofdsom"], r["rente"]["totaal"], r["incassokosten"]["bedrag"], r["totaal"], r["nu_verschuldigd"]
('1234.56', '30.44', '185.18', '1450.18', '1265.00')
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from . import opdracht as opdrachten
from . import rente
from .betalingen import Toerekening, toerekenen
from .fouten import TeGroot
from .geld import NUL, Json, euro, json_bedrag, procent
from .incassokosten import KLEINE_TERMIJN_GRENS, KLEINE_TERMIJNEN_VANAF, Kosten, kosten
from .kalender import maanden_later
from .meldingen import meldingen

GRENS = Decimal("1000000000000")  # an outcome above this is a typing error, not a claim


def bereken(verzoek: object) -> Json:
    """Answer a ``bereken`` request (py/README.md, "bereken"); raises ``WikFout`` on bad input."""
    return bereken_opdracht(opdrachten.lees(verzoek))


def bereken_opdracht(o: opdrachten.Opdracht) -> Json:
    """The ``bereken`` answer for a request ``opdracht.lees`` checked (the letters read it once).

    The ``Opdracht`` is not changed: each call runs its claims forward on fresh ``rente.Stand``
    objects, so the same ``Opdracht`` always gives the same answer.
    """
    standen = [rente.Stand.van(v) for v in o.vorderingen]
    vanaf = o.kosten.verschuldigd_vanaf
    kostendag = kosten_peildag(o.peildatum, o.kosten)
    vast: Kosten | None = None
    toerekeningen: list[Toerekening] = []
    for betaling in o.betalingen:
        kosten_open = NUL
        if vanaf is not None and betaling.datum >= vanaf:  # 6:44: costs first, once they are due
            vast = vast or _kosten(o, standen, kostendag)
            kosten_open = vast.totaal - sum((t.kosten for t in toerekeningen), NUL)
        toerekeningen.append(toerekenen(betaling, standen, kosten_open, o.rente))
    if o.peildatum is not None:
        for v in standen:
            rente.bereken_tot(v, o.peildatum, o.rente)
    return _antwoord(o, standen, vast or _kosten(o, standen, kostendag), kostendag, toerekeningen)


def kosten_peildag(peildatum: date | None, regeling: opdrachten.Kostenregeling) -> date | None:
    """The day whose open principal (plus capitalised interest) the fee is computed over.

    The day before the costs became due (art. 6:96 lid 6 BW: a payment within the 14-day term
    lowers the fee), if they are due on the peildatum; otherwise the peildatum (None: after
    every payment).

    >>> regeling = opdrachten.Kostenregeling(verschuldigd_vanaf=date(2026, 3, 25))
    >>> kosten_peildag(date(2026, 6, 30), regeling)
    datetime.date(2026, 3, 24)
    >>> kosten_peildag(date(2026, 3, 1), regeling)
    datetime.date(2026, 3, 1)
    """
    if regeling.verschuldigd_vanaf is not None and regeling.verschuldigd_op(peildatum):
        return regeling.verschuldigd_vanaf - timedelta(days=1)
    return peildatum


def _kosten(o: opdrachten.Opdracht, standen: list[rente.Stand], dag: date | None) -> Kosten:
    """The costs over the open principal plus capitalised interest at the end of ``dag``.

    A claim whose interest has not reached ``dag`` yet is run forward on a copy, so fixing
    the fee splits no period.
    """
    grondslag = NUL
    for v in standen:
        if dag is not None and v.berekend_tot is not None and v.berekend_tot < dag:
            v = v.kopie()
            rente.bereken_tot(v, dag, o.rente)
        hoofdsom, kapitaal = v.stand_op(dag)
        grondslag += hoofdsom + kapitaal
    btw = o.btw.percentage if o.btw.verhogen else None
    return kosten(grondslag, o.debiteur, o.kosten.soort, o.kosten.waarde, btw, o.btw.max_incl_btw,
                  kleine_termijn(o))


def kleine_termijn(o: opdrachten.Opdracht) -> bool:
    """Whether the small-termijnen rule lowers the fee (working model of Stb. 2024, 44, unverified).

    A consumer; every claim below € 266,67; costs already became due for an earlier termijn of the
    same agreement within the six months up to the reference day (``kosten.verschuldigd_vanaf``, else
    the peildatum, inclusive both ends); the reference day on or after 1 October 2024.
    """
    if o.debiteur != "consument" or not o.kosten.eerdere_termijnkosten:
        return False
    if any(v.bedrag >= KLEINE_TERMIJN_GRENS for v in o.vorderingen):
        return False
    ref = o.kosten.verschuldigd_vanaf or o.peildatum
    if ref is None:  # no reference day: the visitor's word that earlier costs were charged
        return max(o.kosten.eerdere_termijnkosten) >= KLEINE_TERMIJNEN_VANAF
    return ref >= KLEINE_TERMIJNEN_VANAF and any(maanden_later(ref, -6) <= d <= ref
                                                 for d in o.kosten.eerdere_termijnkosten)


def _antwoord(o: opdrachten.Opdracht, standen: list[rente.Stand], k: Kosten, kostendag: date | None,
              toerekeningen: list[Toerekening]) -> Json:
    perioden = sorted((p for v in standen for p in v.perioden), key=lambda p: (p.van, p.kenmerk))
    rente_totaal = sum((p.bedrag for p in perioden), NUL)
    rente_open = sum((v.kapitaal + v.lopend for v in standen), NUL)
    hoofdsom = sum((v.hoofdsom for v in standen), NUL)
    kosten_open = k.totaal - sum((t.kosten for t in toerekeningen), NUL)
    verschuldigd = kosten_verschuldigd(o)
    if hoofdsom + rente_open + kosten_open > GRENS:
        raise TeGroot(f"De uitkomst is groter dan {euro(GRENS)}. Controleer het rentepercentage en de datums.",
                      "rente")
    return {
        "hoofdsom": json_bedrag(hoofdsom),
        "rente": {
            "soort": o.rente.soort,
            "samengesteld": o.rente.samengesteld,
            "totaal": json_bedrag(rente_totaal),
            "open": json_bedrag(rente_open),
            "perioden": [_periode(p) for p in perioden],
        },
        "incassokosten": _incassokosten(k, kosten_open, verschuldigd),
        "betalingen": [_toerekening(t) for t in toerekeningen],
        "totaal": json_bedrag(hoofdsom + rente_open + kosten_open),
        "nu_verschuldigd": json_bedrag(hoofdsom + rente_open + (kosten_open if verschuldigd else NUL)),
        "meldingen": meldingen(o, standen, k, kostendag, perioden, toerekeningen),
    }


def kosten_verschuldigd(o: opdrachten.Opdracht) -> bool:
    """Whether the collection costs are due on the peildatum (art. 6:96 lid 4 and 6 BW).

    From ``kosten.verschuldigd_vanaf`` when given. Without it: a business or government owes them
    (at least € 40 without any letter, lid 4); a consumer does not, because no 14-day letter has
    run out yet (lid 6).
    """
    if o.kosten.verschuldigd_vanaf is None:
        return o.debiteur != "consument"
    return o.kosten.verschuldigd_op(o.peildatum)


def _periode(p: rente.Periode) -> Json:
    return {"kenmerk": p.kenmerk, "van": p.van.isoformat(), "tot_en_met": p.tot_en_met.isoformat(),
            "dagen": p.dagen, "percentage": procent(p.percentage), "grondslag": json_bedrag(p.grondslag),
            "bedrag": json_bedrag(p.bedrag)}


def _incassokosten(k: Kosten, kosten_open: Decimal, verschuldigd: bool) -> Json:
    return {
        "grondslag": json_bedrag(k.grondslag),
        "bedrag": json_bedrag(k.bedrag),
        "btw": json_bedrag(k.btw),
        "totaal": json_bedrag(k.totaal),
        "wettelijk": json_bedrag(k.toegestaan),
        "open": json_bedrag(kosten_open),
        "verschuldigd": verschuldigd,
        "kleine_termijn": k.kleine_termijn,
        "minimum_toegepast": k.wettelijk.minimum_toegepast,
        "maximum_toegepast": k.wettelijk.maximum_toegepast,
        "staffel": [{"van": json_bedrag(b.van), "tot": None if b.tot is None else json_bedrag(b.tot),
                     "percentage": procent(b.percentage), "grondslag": json_bedrag(b.grondslag),
                     "bedrag": json_bedrag(b.bedrag)} for b in k.wettelijk.banden],
    }


def _toerekening(t: Toerekening) -> Json:
    antwoord = {"datum": t.betaling.datum.isoformat(), "bedrag": json_bedrag(t.betaling.bedrag),
                "kosten": json_bedrag(t.kosten), "rente": json_bedrag(t.rente),
                "hoofdsom": json_bedrag(t.hoofdsom), "over": json_bedrag(t.over),
                "vorderingen": [{"kenmerk": d.kenmerk, "rente": json_bedrag(d.rente),
                                 "hoofdsom": json_bedrag(d.hoofdsom)} for d in t.delen]}
    if t.betaling.kenmerk is not None:
        antwoord["kenmerk"] = t.betaling.kenmerk
    return antwoord
