"""An independent reference implementation of ``bereken``, for the tests only.

Written from ``SPEC.md`` sections 1, 2 and 6 and ``law/law.md`` sections 1, 2.7, 3
and 5, without looking at the engine. It is deliberately plain rather than fast:
every day of every claim is visited and joins the open period when its base and
rate are those of the period (else a new period opens), a period's interest is
computed as an exact ``Fraction`` and rounded once, and each rule is written the
way the SPEC states it, so a disagreement with the engine points at a real bug in
one of the two.

Conventions (SPEC, or where SPEC leaves room, the lead's stated choices):

- Staffel (Besluit BIK art. 2): 15 % / 10 % / 5 % / 1 % / 0,5 % over the bands,
  exact, rounded once half-up, minimum 40, maximum 6775. Btw surcharge = round(fee x
  pct / 100) on the rounded fee; ``max_incl_btw`` caps fee + btw at 6775.
- Interest: from vervaldatum + 1 through peildatum inclusive, days / 365, periods
  split at a rate change (only where the rate differs from the day before), at each
  anniversary of the first interest day (29 Feb -> 1 March in common years; also for
  simple interest) and after every payment date (for every claim). Each period rounded half-up to cents.
  Compound: on each anniversary the still unpaid interest of the year just ended joins
  the base.
- Payments (6:43 / 6:44): costs first when they are due (``kosten.verschuldigd_vanaf``
  given and payment date >= it), then claim by claim (the named claim first, then by
  vervaldatum, ties in request order): capitalised interest, running interest through
  the payment day, principal. The lower base counts from the next day. What is left is
  ``over``.
- Fee grondslag = open principal + open capitalised interest at the end of day R,
  R = verschuldigd_vanaf - 1 (not after the peildatum) or else the peildatum.

>>> staffel(Decimal("1234.56"))
Decimal('185.18')
>>> staffel(Decimal("100")), staffel(Decimal("2000000"))
(Decimal('40.00'), Decimal('6775.00'))
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

EEN_DAG = timedelta(days=1)

# --- rate tables, typed over from law.md section 3 (percent per year) -------------

WETTELIJK = [
    ("1998-01-01", "6"), ("2001-01-01", "8"), ("2002-01-01", "7"), ("2003-08-01", "5"),
    ("2004-02-01", "4"), ("2007-01-01", "6"), ("2009-07-01", "4"), ("2010-01-01", "3"),
    ("2011-07-01", "4"), ("2012-07-01", "3"), ("2015-01-01", "2"), ("2023-01-01", "4"),
    ("2023-07-01", "6"), ("2024-01-01", "7"), ("2025-01-01", "6"), ("2025-07-01", "6"),
    ("2026-01-01", "4"), ("2026-07-01", "4"),
]

# Two rows conflict in law.md (2004-01-01: 9.01 or 9.02; 2011-07-01: 8.25 or 8.00).
# HANDELS_KEUZE holds the values this reference uses; test_referentie checks the
# engine's table against them and reports the choice.
HANDELS_KEUZE = {"2004-01-01": "9.01", "2011-07-01": "8.25"}
HANDELS = [
    ("2002-08-08", "7"), ("2002-12-01", "10.35"), ("2003-01-01", "9.85"), ("2003-07-01", "9.1"),
    ("2004-01-01", HANDELS_KEUZE["2004-01-01"]), ("2004-07-01", "9.01"), ("2005-01-01", "9.09"),
    ("2005-07-01", "9.05"), ("2006-01-01", "9.25"), ("2006-07-01", "9.83"), ("2007-01-01", "10.58"),
    ("2007-07-01", "11.07"), ("2008-01-01", "11.2"), ("2008-07-01", "11.07"), ("2009-01-01", "9.5"),
    ("2009-07-01", "8"), ("2010-01-01", "8"), ("2011-07-01", HANDELS_KEUZE["2011-07-01"]),
    ("2012-01-01", "8"), ("2013-01-01", "7.75"), ("2013-03-16", "8.75"), ("2013-07-01", "8.5"),
    ("2014-01-01", "8.25"), ("2014-07-01", "8.15"), ("2015-01-01", "8.05"), ("2015-07-01", "8.05"),
    ("2016-01-01", "8.05"), ("2016-07-01", "8"), ("2023-01-01", "10.5"), ("2023-07-01", "12"),
    ("2024-01-01", "12.5"), ("2024-07-01", "12.25"), ("2025-01-01", "11.15"), ("2025-07-01", "10.15"),
    ("2026-01-01", "10.15"), ("2026-07-01", "10.4"),
]


def _tabel(rijen):
    return [date.fromisoformat(d) for d, _ in rijen], [Decimal(p) for _, p in rijen]


_TABELLEN = {"wettelijk": _tabel(WETTELIJK), "handels": _tabel(HANDELS)}


def tarief(soort: str, dag: date) -> Decimal:
    """The statutory rate (percent) on ``dag``."""
    datums, pcts = _TABELLEN[soort]
    i = bisect_right(datums, dag) - 1
    if i < 0:
        raise ValueError(f"geen {soort} tarief voor {dag}")
    return pcts[i]


# --- money -------------------------------------------------------------------------

CENT = Decimal("0.01")


def rond(x) -> Decimal:
    """Half-up to cents, from a Decimal or an exact Fraction."""
    if isinstance(x, Fraction):
        # exact: Decimal division of numerator by denominator may be inexact, so do
        # the half-up by integers.
        cents = x * 100
        n, d = cents.numerator, cents.denominator
        q, r = divmod(abs(n), d)
        if 2 * r >= d:
            q += 1
        return (Decimal(q if n >= 0 else -q) / 100).quantize(CENT)
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def s(x: Decimal) -> str:
    return f"{rond(x):f}"


def pct_tekst(p: Decimal) -> str:
    t = f"{p:f}"
    if "." in t:
        t = t.rstrip("0").rstrip(".")
    return t


# --- staffel (Besluit BIK art. 2) --------------------------------------------------

BANDEN = [
    (Decimal(0), Decimal(2500), Decimal(15)),
    (Decimal(2500), Decimal(5000), Decimal(10)),
    (Decimal(5000), Decimal(10000), Decimal(5)),
    (Decimal(10000), Decimal(200000), Decimal(1)),
    (Decimal(200000), None, Decimal("0.5")),
]


def staffel_exact(hoofdsom: Decimal) -> Decimal:
    totaal = Decimal(0)
    for van, tot, p in BANDEN:
        boven = hoofdsom if tot is None else min(hoofdsom, tot)
        if boven > van:
            totaal += (boven - van) * p / 100
    return totaal


def staffel(hoofdsom: Decimal) -> Decimal:
    """The BIK fee: exact, rounded once half-up, at least 40, at most 6775."""
    fee = rond(staffel_exact(hoofdsom))
    return min(max(fee, Decimal("40.00")), Decimal("6775.00"))


# --- the calculation ---------------------------------------------------------------

def jubilea(eerste: date, tot: date):
    """Anniversaries of the first interest day, up to and including ``tot``."""
    k = 1
    while True:
        jaar = eerste.year + k
        try:
            d = eerste.replace(year=jaar)
        except ValueError:  # 29 February in a common year
            d = date(jaar, 3, 1)
        if d > tot:
            return
        yield d
        k += 1


@dataclass
class Vordering:
    index: int
    kenmerk: str
    bedrag: Decimal
    vervaldatum: date | None
    hoofdsom: Decimal = Decimal(0)        # open principal
    gekapitaliseerd: Decimal = Decimal(0)  # open capitalised interest (part of the base)
    lopend: Decimal = Decimal(0)           # rounded, unpaid, not yet capitalised interest
    perioden: list = field(default_factory=list)
    ooit_gekapitaliseerd: bool = False
    # the open period: [van, dagen, percentage, grondslag]; base and rate are the same
    # on each of its days, so its exact interest is grondslag x pct / 100 x dagen / 365
    open_periode: list | None = None

    def grondslag(self) -> Decimal:
        return self.hoofdsom + self.gekapitaliseerd

    def sluit(self):
        """Close the open period: round it once, book it as running interest."""
        if self.open_periode is None:
            return
        van, dagen, p, g = self.open_periode
        bedrag = rond(Fraction(g) * Fraction(p) * dagen / 100 / 365)
        self.perioden.append({
            "kenmerk": self.kenmerk, "van": van.isoformat(),
            "tot_en_met": (van + timedelta(days=dagen - 1)).isoformat(), "dagen": dagen,
            "percentage": pct_tekst(p), "grondslag": s(g), "bedrag": s(bedrag)})
        self.lopend += bedrag
        self.open_periode = None


def _d(x) -> date | None:
    return None if x is None else date.fromisoformat(x)


def bereken(req: dict) -> dict:
    """The ``bereken`` answer for a *valid* request (no input checking here)."""
    debiteur = req.get("debiteur", "consument")
    rente = req.get("rente", {}) or {}
    soort = rente.get("soort", "wettelijk" if debiteur == "consument" else "handels")
    samengesteld = rente.get("samengesteld", True)
    contract_pct = Decimal(rente["percentage"]) if soort == "contractueel" else None
    kosten = req.get("kosten", {}) or {}
    ksoort = kosten.get("soort", "wik")
    vanaf = _d(kosten.get("verschuldigd_vanaf"))
    btw = req.get("btw", {}) or {}
    peildatum = _d(req.get("peildatum"))

    vorderingen = [Vordering(i, v["kenmerk"], Decimal(v["bedrag"]), _d(v.get("vervaldatum")))
                   for i, v in enumerate(req["vorderingen"])]
    for v in vorderingen:
        v.hoofdsom = v.bedrag
    betalingen = [(i, _d(b["datum"]), Decimal(b["bedrag"]), b.get("kenmerk"))
                  for i, b in enumerate(req.get("betalingen", []) or [])]
    volgorde = sorted(betalingen, key=lambda b: (b[1], b[0]))  # date, then request order

    def pct_op(dag: date) -> Decimal:
        return contract_pct if soort == "contractueel" else tarief(soort, dag)

    # The fee depends on the state at R; payments from `vanaf` on pay costs first.
    if peildatum is not None:
        r_dag = peildatum if vanaf is None else min(vanaf - EEN_DAG, peildatum)
    else:
        r_dag = None
    kosten_info = None  # filled at the end of day R
    kosten_betaald = Decimal(0)

    def bereken_kosten():
        grondslag = sum((v.grondslag() for v in vorderingen), Decimal(0))
        gekap = any(v.gekapitaliseerd > 0 for v in vorderingen)
        wettelijk = staffel(grondslag)
        meld = []
        if ksoort == "geen" or grondslag <= 0:  # nothing open: no fee, not even the minimum
            bedrag = Decimal("0.00")
        elif ksoort == "wik":
            bedrag = wettelijk
        else:
            waarde = Decimal(kosten["waarde"])
            afgesproken = rond(grondslag * waarde / 100) if ksoort == "percentage" else rond(waarde)
            if debiteur == "consument":
                bedrag = min(afgesproken, wettelijk)
            else:
                bedrag = max(afgesproken, Decimal("40.00"))
        extra = Decimal("0.00")
        if btw.get("verhogen", False) and bedrag > 0:
            bp = Decimal(btw.get("percentage", "21"))
            extra = rond(bedrag * bp / 100)
        totaal = bedrag + extra
        # max_incl_btw caps the statutory maximum incl. btw; an amount a business agreed
        # to (6:96 lid 5, default law) is not a staffel amount and is not capped.
        staffelbedrag = ksoort == "wik" or debiteur == "consument"
        if btw.get("max_incl_btw", False) and btw.get("verhogen", False) and staffelbedrag:
            totaal = min(totaal, Decimal("6775.00"))
        return {"grondslag": grondslag, "bedrag": bedrag, "btw": extra, "totaal": totaal,
                "wettelijk": wettelijk, "gekapitaliseerd": gekap, "meld": meld}

    # Day-by-day simulation, from the earliest relevant day to the peildatum.
    dagen_met_betaling = {}
    for b in volgorde:
        dagen_met_betaling.setdefault(b[1], []).append(b)
    kandidaten = [v.vervaldatum for v in vorderingen if v.vervaldatum is not None]
    kandidaten += [b[1] for b in betalingen]
    if r_dag is not None:
        kandidaten.append(r_dag)
    if peildatum is not None:
        kandidaten.append(peildatum)
    start = min(kandidaten) if kandidaten else None
    eind = max(kandidaten) if kandidaten else None

    jubileum = {}
    for v in vorderingen:
        # SPEC 2: periods split at every anniversary, also for simple interest.
        if soort != "geen" and v.vervaldatum is not None and peildatum is not None:
            jubileum[v.index] = set(jubilea(v.vervaldatum + EEN_DAG, peildatum))
        else:
            jubileum[v.index] = set()

    toewijzing = {}
    if start is not None and r_dag is not None and r_dag < start:
        kosten_info = bereken_kosten()
    dag = start
    while dag is not None and dag <= eind:
        # 1. interest of this day, per claim
        for v in vorderingen:
            if soort == "geen" or v.vervaldatum is None or peildatum is None:
                continue
            if not (v.vervaldatum < dag <= peildatum):
                continue
            if dag in jubileum[v.index]:
                v.sluit()
            if dag in jubileum[v.index] and samengesteld:
                if v.lopend > 0:
                    v.ooit_gekapitaliseerd = True
                v.gekapitaliseerd += v.lopend
                v.lopend = Decimal(0)
            p = pct_op(dag)
            g = v.grondslag()
            if v.open_periode is not None and (v.open_periode[2] != p or v.open_periode[3] != g):
                v.sluit()
            if g <= 0:
                continue
            if v.open_periode is None:
                v.open_periode = [dag, 0, p, g]
            v.open_periode[1] += 1
        # 2. payments of this day (the period of every claim a payment reaches ends today)
        if dag in dagen_met_betaling:
            for (i, _datum, bedrag, kenmerk) in dagen_met_betaling[dag]:
                rest = bedrag
                deel = {"kosten": Decimal(0), "rente": Decimal(0), "hoofdsom": Decimal(0)}
                if vanaf is not None and dag >= vanaf and kosten_info is not None:
                    k = min(rest, kosten_info["totaal"] - kosten_betaald)
                    kosten_betaald += k
                    deel["kosten"] += k
                    rest -= k
                rij = sorted(vorderingen, key=lambda v: (
                    0 if (kenmerk is not None and v.kenmerk == kenmerk) else 1,
                    v.vervaldatum or date.max, v.index))
                for v in rij:
                    if rest > 0:
                        v.sluit()
                    for attr, naar in (("gekapitaliseerd", "rente"), ("lopend", "rente"),
                                       ("hoofdsom", "hoofdsom")):
                        k = min(rest, getattr(v, attr))
                        setattr(v, attr, getattr(v, attr) - k)
                        deel[naar] += k
                        rest -= k
                deel["over"] = rest
                toewijzing[i] = deel
        # 3. the fee is fixed at the end of day R
        if dag == r_dag:
            for v in vorderingen:
                pass  # capitalisation on day R already happened in step 1
            kosten_info = bereken_kosten()
        dag += EEN_DAG
    for v in vorderingen:
        v.sluit()
    if kosten_info is None:  # no dates at all (rente geen, no payments)
        kosten_info = bereken_kosten()

    perioden = [p for v in vorderingen for p in v.perioden]
    rente_totaal = sum((Decimal(p["bedrag"]) for p in perioden), Decimal(0))
    rente_betaald = sum((t["rente"] for t in toewijzing.values()), Decimal(0))
    hoofdsom = sum((v.hoofdsom for v in vorderingen), Decimal(0))
    kosten_open = kosten_info["totaal"] - kosten_betaald
    if vanaf is not None and peildatum is not None and vanaf > peildatum:
        kosten_open = Decimal(0)  # SPEC 2: costs are due only from verschuldigd_vanaf
    uit_betalingen = []
    for (i, datum, bedrag, kenmerk) in volgorde:  # in the order they were applied
        t = toewijzing[i]
        rij = {"datum": datum.isoformat(), "bedrag": s(bedrag), "kosten": s(t["kosten"]),
               "rente": s(t["rente"]), "hoofdsom": s(t["hoofdsom"])}
        if kenmerk is not None:
            rij["kenmerk"] = kenmerk
        if t["over"] > 0:
            rij["over"] = s(t["over"])
        uit_betalingen.append(rij)
    return {
        "hoofdsom": s(hoofdsom),
        "rente": {"totaal": s(rente_totaal), "open": s(rente_totaal - rente_betaald),
                  "perioden": perioden},
        "incassokosten": {"grondslag": s(kosten_info["grondslag"]), "bedrag": s(kosten_info["bedrag"]),
                          "btw": s(kosten_info["btw"]), "totaal": s(kosten_info["totaal"]),
                          "wettelijk": s(kosten_info["wettelijk"]), "open": s(kosten_open)},
        "betalingen": uit_betalingen,
        "totaal": s(hoofdsom + (rente_totaal - rente_betaald) + kosten_open),
        "_gekapitaliseerd_in_grondslag": kosten_info["gekapitaliseerd"],
    }
