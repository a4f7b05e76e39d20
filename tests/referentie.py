# Over 200 lines: an independent second implementation of the engine, kept whole on purpose.
"""An independent reference implementation of ``bereken`` and of a 14-day letter's
dates and contents, for the tests only.

Written from the rules (Besluit BIK, art. 6:43, 6:44, 6:96, 6:119, 6:119a BW, the
Algemene termijnenwet, HR 25-11-2016, ECLI:NL:HR:2016:2704) and the public JSON
contract, without looking at the engine. It is deliberately plain rather than fast:
every day of every claim is visited and joins the open period when its base and rate
are those of the period (else a new period opens), a period's interest is computed as
an exact ``Fraction`` and rounded once, and each rule is written the way it is stated,
so a disagreement with the engine points at a real bug in one of the two.

Conventions (the rules, or where they leave room, the lead's stated choices):

- Staffel (Besluit BIK art. 2): 15 % / 10 % / 5 % / 1 % / 0,5 % over the bands,
  exact, rounded once half-up, minimum 40, maximum 6775. Btw surcharge = round(fee x
  pct / 100) on the rounded fee; ``max_incl_btw`` caps fee + btw at 6775.
- Small termijnen (Besluit kwaliteit incassodienstverlening, Stb. 2024, 44, from
  2024-10-01; working model): consumer, every claim below 266.67, and a
  date in ``kosten.eerdere_termijnkosten`` within the six months up to the reference day
  (``kosten.verschuldigd_vanaf``, else the peildatum; the same calendar day six months
  earlier, clamped to the month's end, through the reference day itself) -> the
  statutory fee is min(half the normal fee, 20). An amount agreed with a consumer is
  capped at that statutory fee like any other (art. 6:96 lid 5 BW: only less).
- Interest: from vervaldatum + 1 through peildatum inclusive, days / 365, periods
  split at a rate change (only where the rate differs from the day before), at each
  anniversary of the first interest day (29 Feb -> 1 March in common years; also for
  simple interest) and on a payment date (for every claim the payment reaches). Each
  period rounded half-up to cents. Compound: on each anniversary the still unpaid
  interest of the year just ended joins the base.
- Payments (6:43 / 6:44): costs first when they are due (``kosten.verschuldigd_vanaf``
  given and payment date >= it), then the named claim, then the others oldest first
  (by vervaldatum; claims without one last). Claims of equal age (the same vervaldatum,
  art. 6:43 lid 2 "naar evenredigheid") share what is left pro rata to what is open on
  each through the payment day: cents rounded down, the remainder cents one by one to
  the first claims in request order that still have room. Within a claim: capitalised
  interest, running interest, principal. The lower base counts from the next day. What
  is left is ``over``.
- Fee grondslag = open principal + open capitalised interest at the end of day R,
  R = verschuldigd_vanaf - 1 (not after the peildatum) or else the peildatum.
- ``incassokosten.open`` = the fee not yet paid, due or not; ``totaal`` = hoofdsom +
  rente.open + incassokosten.open; ``nu_verschuldigd`` counts the costs only when they
  are due on the peildatum (with ``verschuldigd_vanaf``: from that day; without it: a
  business or government yes, art. 6:96 lid 4 BW; a consumer no, art. 6:96 lid 6 BW).
- Dates of a letter: presumed delivery on the second counted day after posting (HR
  25-11-2016, ECLI:NL:HR:2016:2704), the third for letters posted from 2026-07-01 and the
  fourth from 2027-07-01 (the relaxed postal norm plus the HR's one-day margin); Sundays,
  Mondays and the holidays of Algemene termijnenwet art. 3 lid 1 and 2 are not counted,
  a Saturday is. The 14-day term's last day is delivery + 14, moved by Algemene
  termijnenwet art. 1 past a Saturday, Sunday or holiday; costs are due the day after.

>>> staffel(Decimal("1234.56"))
Decimal('185.18')
>>> staffel(Decimal("100")), staffel(Decimal("2000000"))
(Decimal('40.00'), Decimal('6775.00'))
>>> pasen(2026), bezorgdatum(date(2026, 12, 23))
(datetime.date(2026, 4, 5), datetime.date(2026, 12, 30))
>>> termijn(date(2026, 3, 5))
(datetime.date(2026, 3, 7), datetime.date(2026, 3, 23), datetime.date(2026, 3, 24))
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

EEN_DAG = timedelta(days=1)

# --- rate tables, typed over from the rate publications (percent per year) -------------

WETTELIJK = [
    ("1998-01-01", "6"), ("2001-01-01", "8"), ("2002-01-01", "7"), ("2003-08-01", "5"),
    ("2004-02-01", "4"), ("2007-01-01", "6"), ("2009-07-01", "4"), ("2010-01-01", "3"),
    ("2011-07-01", "4"), ("2012-07-01", "3"), ("2015-01-01", "2"), ("2023-01-01", "4"),
    ("2023-07-01", "6"), ("2024-01-01", "7"), ("2025-01-01", "6"), ("2025-07-01", "6"),
    ("2026-01-01", "4"), ("2026-07-01", "4"),
]

# Two rows conflict between published tables (2004-01-01: 9.01 or 9.02; 2011-07-01: 8.25 or 8.00).
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


# --- holidays and the dates of a letter's term -----------------------------------------

ZONDAG, MAANDAG, ZATERDAG = 6, 0, 5


def pasen(jaar: int) -> date:
    """Easter Sunday by Gauss's algorithm (with its two Gregorian exceptions): a different route from
    the engine's Meeus/Jones/Butcher (py/wik/feestdagen.py), so the two check each other."""
    a, b, c = jaar % 19, jaar % 4, jaar % 7
    eeuw = jaar // 100
    m = (15 - (13 + 8 * eeuw) // 25 + eeuw - eeuw // 4) % 30
    n = (4 + eeuw - eeuw // 4) % 7
    d = (19 * a + m) % 30
    e = (2 * b + 4 * c + 6 * d + n) % 7
    if d == 29 and e == 6:
        return date(jaar, 4, 19)
    if d == 28 and e == 6 and (11 * m + 11) % 30 < 19:
        return date(jaar, 4, 18)
    return date(jaar, 3, 22) + timedelta(days=d + e)


def koningsdag(jaar: int) -> date:
    """The day the monarch's birthday is celebrated: 27 April (26th when the 27th is a
    Sunday) from 2014; before that Koninginnedag, 30 April (29th when a Sunday)."""
    dag_ = date(jaar, 4, 27) if jaar >= 2014 else date(jaar, 4, 30)
    return dag_ - EEN_DAG if dag_.weekday() == ZONDAG else dag_


def feestdagen_met_naam(jaar: int) -> dict[date, str]:
    """Algemene termijnenwet art. 3 lid 1 and 2 (Goede Vrijdag by lid 2); days equated by
    royal decree (lid 3) are not included. 5 May counts every year."""
    p = pasen(jaar)
    dagen = [(date(jaar, 1, 1), "Nieuwjaarsdag"), (p - 2 * EEN_DAG, "Goede Vrijdag"), (p + EEN_DAG, "tweede paasdag"),
             (koningsdag(jaar), "Koningsdag" if jaar >= 2014 else "Koninginnedag"), (date(jaar, 5, 5), "5 mei"),
             (p + 39 * EEN_DAG, "Hemelvaartsdag"), (p + 50 * EEN_DAG, "tweede pinksterdag"),
             (date(jaar, 12, 25), "eerste kerstdag"), (date(jaar, 12, 26), "tweede kerstdag")]
    uit: dict[date, str] = {}
    for d, naam in dagen:  # two can fall together (Hemelvaartsdag on 5 May 2005)
        uit[d] = f"{uit[d]} en {naam}" if d in uit else naam
    return uit


def feestdagen(jaar: int) -> set[date]:
    return set(feestdagen_met_naam(jaar))


_FEESTDAGEN: dict[int, set[date]] = {}


def is_feestdag(d: date) -> bool:
    if d.year not in _FEESTDAGEN:
        _FEESTDAGEN[d.year] = feestdagen(d.year)
    return d in _FEESTDAGEN[d.year]


def telt_voor_bezorging(d: date) -> bool:
    """HR 2016:2704: Sundays, Mondays and holidays are no delivery days; Saturday is."""
    return d.weekday() not in (ZONDAG, MAANDAG) and not is_feestdag(d)


def postnorm_telling(verzonden: date) -> int:
    """Which counted day is the presumed delivery day, by posting date."""
    if verzonden >= date(2027, 7, 1):
        return 4
    if verzonden >= date(2026, 7, 1):
        return 3
    return 2


def bezorgdatum(verzonden: date) -> date:
    d, geteld = verzonden, 0
    while geteld < postnorm_telling(verzonden):
        d += EEN_DAG
        if telt_voor_bezorging(d):
            geteld += 1
    return d


def atw_verlengd(d: date) -> date:
    """Algemene termijnenwet art. 1: a term ending on a Saturday, Sunday or holiday runs
    through the next day that is none of these."""
    while d.weekday() in (ZATERDAG, ZONDAG) or is_feestdag(d):
        d += EEN_DAG
    return d


def termijn(verzonden: date, dagen: int = 14) -> tuple[date, date, date]:
    """(presumed delivery, last day of the term, first day the costs are due)."""
    bezorgd = bezorgdatum(verzonden)
    laatste = atw_verlengd(bezorgd + timedelta(days=dagen))
    return bezorgd, laatste, laatste + EEN_DAG


MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]


def datum_nl(d: date) -> str:
    """``25 november 2026``."""
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def maanden_eerder(d: date, n: int) -> date:
    """The same calendar day n months earlier; a day the month lacks -> its last day."""
    jaar, maand = divmod(d.year * 12 + d.month - 1 - n, 12)
    maand += 1
    for dag_ in range(d.day, 27, -1):
        try:
            return date(jaar, maand, dag_)
        except ValueError:
            continue
    return date(jaar, maand, d.day)


# --- the calculation ---------------------------------------------------------------

KLEINE_TERMIJN = Decimal("266.67")
KLEINE_TERMIJNEN_VANAF = date(2024, 10, 1)


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
    kenmerk: str | None
    bedrag: Decimal
    vervaldatum: date | None
    hoofdsom: Decimal = Decimal(0)        # open principal
    gekapitaliseerd: Decimal = Decimal(0)  # open capitalised interest (part of the base)
    lopend: Decimal = Decimal(0)           # rounded, unpaid, not yet capitalised interest
    perioden: list = field(default_factory=list)
    # the open period: [van, dagen, percentage, grondslag]; base and rate are the same
    # on each of its days, so its exact interest is grondslag x pct / 100 x dagen / 365
    open_periode: list | None = None
    jubilea: set = field(default_factory=set)

    def grondslag(self) -> Decimal:
        return self.hoofdsom + self.gekapitaliseerd

    def open(self) -> Decimal:
        """What a payment can still reach: interest (capitalised or not) and principal."""
        return self.gekapitaliseerd + self.lopend + self.hoofdsom

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

    def ontvang(self, bedrag: Decimal, deel: dict) -> dict:
        """Art. 6:44: capitalised interest, running interest, then principal. Books the
        parts in ``deel`` (the payment's totals) and returns this claim's own parts."""
        eigen = {"rente": Decimal(0), "hoofdsom": Decimal(0)}
        for attr, naar in (("gekapitaliseerd", "rente"), ("lopend", "rente"), ("hoofdsom", "hoofdsom")):
            k = min(bedrag, getattr(self, attr))
            setattr(self, attr, getattr(self, attr) - k)
            deel[naar] += k
            eigen[naar] += k
            bedrag -= k
        assert bedrag == 0
        return eigen


def _d(x) -> date | None:
    return None if x is None else date.fromisoformat(x)


def verdeel_naar_evenredigheid(beschikbaar: Decimal, open_: list[Decimal]) -> list[Decimal]:
    """Art. 6:43 lid 2: equally old claims share pro rata to what is open on each; cents
    rounded down, remainder cents one by one to the first (request order) with room."""
    if beschikbaar >= sum(open_, Decimal(0)):
        return list(open_)
    c_beschikbaar = int(beschikbaar * 100)
    c_open = [int(o * 100) for o in open_]
    c_totaal = sum(c_open)
    delen = [c_beschikbaar * o // c_totaal for o in c_open]
    rest = c_beschikbaar - sum(delen)
    while rest > 0:
        for i, o in enumerate(c_open):
            if rest > 0 and delen[i] < o:
                delen[i] += 1
                rest -= 1
    return [Decimal(c) / 100 for c in delen]


def betaalgroepen(vorderingen: list[Vordering], kenmerk: str | None) -> list[list[Vordering]]:
    """The order a payment reaches the claims: the named claim, then groups of equal
    vervaldatum, oldest first, claims without a vervaldatum last; request order within."""
    eerst = [v for v in vorderingen if kenmerk is not None and v.kenmerk == kenmerk]
    rest = [v for v in vorderingen if v not in eerst]
    groepen = {}
    for v in sorted(rest, key=lambda v: (v.vervaldatum or date.max, v.index)):
        groepen.setdefault(v.vervaldatum, []).append(v)
    return ([eerst] if eerst else []) + list(groepen.values())


def kleine_termijnen(req: dict, debiteur: str, ksoort: str, peildatum: date | None,
                     vanaf: date | None) -> bool:
    """Whether the small-termijnen rule applies (working model, see the module text)."""
    eerdere = [date.fromisoformat(x) for x in (req.get("kosten") or {}).get("eerdere_termijnkosten", [])]
    peil = vanaf or peildatum
    if debiteur != "consument" or ksoort == "geen" or not eerdere or peil is None:
        return False
    if peil < KLEINE_TERMIJNEN_VANAF:
        return False
    if any(Decimal(v["bedrag"]) >= KLEINE_TERMIJN for v in req["vorderingen"]):
        return False
    begin = maanden_eerder(peil, 6)
    return any(begin <= e <= peil for e in eerdere)


class Berekening:
    """One ``bereken`` request, simulated day by day."""

    def __init__(self, req: dict):
        self.debiteur = req.get("debiteur", "consument")
        rente = req.get("rente", {}) or {}
        self.soort = rente.get("soort", "wettelijk" if self.debiteur == "consument" else "handels")
        self.samengesteld = rente.get("samengesteld", True)
        self.contract_pct = Decimal(rente["percentage"]) if self.soort == "contractueel" else None
        self.kosten = req.get("kosten", {}) or {}
        self.ksoort = self.kosten.get("soort", "wik")
        self.vanaf = _d(self.kosten.get("verschuldigd_vanaf"))
        self.btw = req.get("btw", {}) or {}
        self.peildatum = _d(req.get("peildatum"))
        self.kleine_termijnen = kleine_termijnen(req, self.debiteur, self.ksoort, self.peildatum, self.vanaf)
        self.vorderingen = [Vordering(i, v.get("kenmerk"), Decimal(v["bedrag"]), _d(v.get("vervaldatum")))
                            for i, v in enumerate(req["vorderingen"])]
        for v in self.vorderingen:
            v.hoofdsom = v.bedrag
            if self.rente_loopt(v):  # periods split at every anniversary, also for simple interest
                v.jubilea = set(jubilea(v.vervaldatum + EEN_DAG, self.peildatum))
        betalingen = [(i, _d(b["datum"]), Decimal(b["bedrag"]), b.get("kenmerk"))
                      for i, b in enumerate(req.get("betalingen", []) or [])]
        self.volgorde = sorted(betalingen, key=lambda b: (b[1], b[0]))  # date, then request order
        # The fee depends on the state at the end of day R; payments from `vanaf` on pay costs first.
        if self.peildatum is None:
            self.r_dag = None
        else:
            self.r_dag = self.peildatum if self.vanaf is None else min(self.vanaf - EEN_DAG, self.peildatum)
        self.kosten_info = None
        self.kosten_betaald = Decimal(0)
        self.toewijzing = {}

    def rente_loopt(self, v: Vordering) -> bool:
        return self.soort != "geen" and v.vervaldatum is not None and self.peildatum is not None

    def pct_op(self, dag: date) -> Decimal:
        return self.contract_pct if self.soort == "contractueel" else tarief(self.soort, dag)

    # -- the fee ----------------------------------------------------------------------
    def wettelijk_bedrag(self, grondslag: Decimal) -> Decimal:
        normaal = staffel(grondslag)
        if self.kleine_termijnen:
            return min(rond(normaal / 2), Decimal("20.00"))
        return normaal

    def kostenbedrag(self, grondslag: Decimal, wettelijk: Decimal) -> Decimal:
        if self.ksoort == "geen" or grondslag <= 0:  # nothing open: no fee, not even the minimum
            return Decimal("0.00")
        if self.ksoort == "wik":
            return wettelijk
        waarde = Decimal(self.kosten["waarde"])
        afgesproken = rond(grondslag * waarde / 100) if self.ksoort == "percentage" else rond(waarde)
        if self.debiteur == "consument":
            return min(afgesproken, wettelijk)
        return max(afgesproken, Decimal("40.00"))

    def stel_kosten_vast(self):
        grondslag = sum((v.grondslag() for v in self.vorderingen), Decimal(0))
        wettelijk = self.wettelijk_bedrag(grondslag)
        bedrag = self.kostenbedrag(grondslag, wettelijk)
        extra = Decimal("0.00")
        if self.btw.get("verhogen", False) and bedrag > 0:
            extra = rond(bedrag * Decimal(self.btw.get("percentage", "21")) / 100)
        totaal = bedrag + extra
        # max_incl_btw caps the statutory maximum incl. btw; an amount a business agreed
        # to (6:96 lid 5, default law) is not a staffel amount and is not capped.
        staffelbedrag = self.ksoort == "wik" or self.debiteur == "consument"
        if self.btw.get("max_incl_btw", False) and self.btw.get("verhogen", False) and staffelbedrag:
            totaal = min(totaal, Decimal("6775.00"))
        self.kosten_info = {"grondslag": grondslag, "bedrag": bedrag, "btw": extra, "totaal": totaal,
                            "wettelijk": wettelijk,
                            "gekapitaliseerd": any(v.gekapitaliseerd > 0 for v in self.vorderingen)}

    def kosten_verschuldigd(self) -> bool:
        """Whether the costs are due on the peildatum."""
        if self.vanaf is not None:
            return self.peildatum is not None and self.peildatum >= self.vanaf
        return self.debiteur != "consument"

    # -- one day ----------------------------------------------------------------------
    def rente_van_de_dag(self, dag: date):
        for v in self.vorderingen:
            if not self.rente_loopt(v) or not (v.vervaldatum < dag <= self.peildatum):
                continue
            if dag in v.jubilea:
                v.sluit()
                if self.samengesteld:
                    v.gekapitaliseerd += v.lopend
                    v.lopend = Decimal(0)
            p, g = self.pct_op(dag), v.grondslag()
            if v.open_periode is not None and (v.open_periode[2] != p or v.open_periode[3] != g):
                v.sluit()
            if g <= 0:
                continue
            if v.open_periode is None:
                v.open_periode = [dag, 0, p, g]
            v.open_periode[1] += 1

    def betaal(self, i: int, dag: date, bedrag: Decimal, kenmerk: str | None):
        rest = bedrag
        deel = {"kosten": Decimal(0), "rente": Decimal(0), "hoofdsom": Decimal(0), "per_vordering": {}}
        if self.vanaf is not None and dag >= self.vanaf and self.kosten_info is not None:
            k = min(rest, self.kosten_info["totaal"] - self.kosten_betaald)
            self.kosten_betaald += k
            deel["kosten"] += k
            rest -= k
        for groep in betaalgroepen(self.vorderingen, kenmerk):
            if rest <= 0:
                break
            for v in groep:  # interest through the payment day
                v.sluit()
            for v, k in zip(groep, verdeel_naar_evenredigheid(rest, [v.open() for v in groep]), strict=True):
                if k > 0:
                    deel["per_vordering"][v.index] = v.ontvang(k, deel)
                rest -= k
        deel["over"] = rest
        self.toewijzing[i] = deel

    def simuleer(self):
        per_dag = {}
        for b in self.volgorde:
            per_dag.setdefault(b[1], []).append(b)
        kandidaten = [v.vervaldatum for v in self.vorderingen if v.vervaldatum is not None]
        kandidaten += [b[1] for b in self.volgorde]
        kandidaten += [d for d in (self.r_dag, self.peildatum) if d is not None]
        if not kandidaten:  # no dates at all (rente geen, no payments)
            self.stel_kosten_vast()
            return
        start, eind = min(kandidaten), max(kandidaten)
        if self.r_dag is not None and self.r_dag < start:
            self.stel_kosten_vast()
        dag = start
        while dag <= eind:
            self.rente_van_de_dag(dag)
            for b in per_dag.get(dag, []):
                self.betaal(*b)
            if dag == self.r_dag:  # the fee is fixed at the end of day R
                self.stel_kosten_vast()
            dag += EEN_DAG
        for v in self.vorderingen:
            v.sluit()
        if self.kosten_info is None:
            self.stel_kosten_vast()

    # -- the answer -------------------------------------------------------------------
    def uit_betalingen(self) -> list[dict]:
        uit = []
        for (i, datum, bedrag, kenmerk) in self.volgorde:  # in the order they were applied
            t = self.toewijzing[i]
            rij = {"datum": datum.isoformat(), "bedrag": s(bedrag), "kosten": s(t["kosten"]),
                   "rente": s(t["rente"]), "hoofdsom": s(t["hoofdsom"])}
            if kenmerk is not None:
                rij["kenmerk"] = kenmerk
            if t["over"] > 0:
                rij["over"] = s(t["over"])
            # per claim (request order), only the claims the payment reached
            rij["_per_vordering"] = {self.vorderingen[j].kenmerk: {"rente": s(d["rente"]), "hoofdsom": s(d["hoofdsom"])}
                                     for j, d in sorted(t["per_vordering"].items())}
            uit.append(rij)
        return uit

    def antwoord(self) -> dict:
        k = self.kosten_info
        perioden = [p for v in self.vorderingen for p in v.perioden]
        rente_totaal = sum((Decimal(p["bedrag"]) for p in perioden), Decimal(0))
        rente_open = rente_totaal - sum((t["rente"] for t in self.toewijzing.values()), Decimal(0))
        hoofdsom = sum((v.hoofdsom for v in self.vorderingen), Decimal(0))
        kosten_open = k["totaal"] - self.kosten_betaald
        verschuldigd = self.kosten_verschuldigd()
        # the notice only where the rule lowered a fee that is charged at all
        codes = {"kleine_termijnen"} if self.kleine_termijnen and k["bedrag"] > 0 else set()
        if self.soort == "handels" and self.debiteur == "consument":
            codes.add("handelsrente_consument")
        return {
            "hoofdsom": s(hoofdsom),
            "rente": {"totaal": s(rente_totaal), "open": s(rente_open), "perioden": perioden},
            "incassokosten": {"grondslag": s(k["grondslag"]), "bedrag": s(k["bedrag"]), "btw": s(k["btw"]),
                              "totaal": s(k["totaal"]), "wettelijk": s(k["wettelijk"]),
                              "open": s(kosten_open), "verschuldigd": verschuldigd},
            "betalingen": self.uit_betalingen(),
            "totaal": s(hoofdsom + rente_open + kosten_open),
            "nu_verschuldigd": s(hoofdsom + rente_open + (kosten_open if verschuldigd else 0)),
            "_gekapitaliseerd_in_grondslag": k["gekapitaliseerd"],
            "_meldingen": codes,
        }


def bereken(req: dict) -> dict:
    """The ``bereken`` answer for a *valid* request (no input checking here)."""
    b = Berekening(req)
    b.simuleer()
    return b.antwoord()


# --- a 14-day letter -------------------------------------------------------------------

def brief(req: dict) -> dict:
    """What a ``veertiendagenbrief`` must answer, for a valid request: the claims in
    verzuim on the letter's date (vervaldatum before it; art. 6:96 lid 6 and 7 BW) and
    the calculation over them with the interest up to the letter's date, the dates of
    its term, and the melding codes it must carry. ``fout`` when no claim is in verzuim."""
    verzonden = date.fromisoformat(req["verzenddatum"])
    ber = req["berekening"]
    erin = [v for v in ber["vorderingen"] if v.get("vervaldatum") is None
            or date.fromisoformat(v["vervaldatum"]) < verzonden]
    eruit = [v for v in ber["vorderingen"] if v not in erin]
    if not erin:
        return {"fout": "brief_te_vroeg"}
    weg = {v.get("kenmerk") for v in eruit}
    betalingen = [b for b in ber.get("betalingen", []) or [] if b.get("kenmerk") is None
                  or b["kenmerk"] not in weg]
    berekening = bereken({**ber, "vorderingen": erin, "betalingen": betalingen,
                          "peildatum": verzonden.isoformat()})
    bezorgd, laatste, vanaf = termijn(verzonden)
    codes = set()
    if eruit:
        codes.add("niet_in_verzuim")
    if verzonden >= date(2026, 7, 1):
        codes.add("bezorging_marge")
    return {"bezorgdatum": bezorgd.isoformat(), "laatste_dag": laatste.isoformat(),
            "kosten_verschuldigd_vanaf": vanaf.isoformat(),
            "kenmerken": [v.get("kenmerk") for v in erin], "weggelaten": [v.get("kenmerk") for v in eruit],
            "berekening": berekening, "meldingen": codes,
            "verboden_datums": [datum_nl(d) for d in (bezorgd, laatste, vanaf)]}
