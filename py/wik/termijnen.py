"""Termijnen (deadlines): official holidays, presumed delivery and the end of a term.

De Algemene termijnenwet (Atw) noemt de algemeen erkende feestdagen: Nieuwjaarsdag,
Goede Vrijdag, tweede paasdag, Koningsdag, 5 mei (elk jaar), Hemelvaartsdag, tweede
pinksterdag en eerste en tweede kerstdag. Dagen die bij koninklijk besluit zijn
gelijkgesteld (art. 3 lid 3) tellen hier niet mee. Koningsdag is sinds 2014 27 april
(26 april als de 27e een zondag is); van 1980 tot en met 2013 was het Koninginnedag
op 30 april (29 april als de 30e een zondag is). Die tweede regel passen wij ook toe op
jaren vóór 1980; de rekentool neemt geen datums vóór 1990 aan.

Een brief die per post is verstuurd, geldt als bezorgd op de tweede dag na verzending.
Zondagen, maandagen en officiële feestdagen tellen niet mee, niet als tussenliggende dag en
niet als bezorgdag; zaterdag telt wel mee: de Hoge Raad zegt "dag", niet "werkdag"
(HR 25-11-2016). De postnorm wordt ruimer: vanaf 1 juli 2026 moet een brief binnen twee
dagen bezorgd zijn, vanaf 1 juli 2027 binnen drie. Wij houden voor de planning van de
schuldeiser de marge van één dag die de Hoge Raad in 2016 had: bezorgd op de derde getelde
dag voor brieven vanaf 1 juli 2026, de vierde vanaf 1 juli 2027 (``POSTNORMEN``). Dat is
een veiligheidsmarge, geen regel van de rechter.

De veertiendagentermijn van art. 6:96 lid 6 BW begint op de dag na de bezorging. Valt de
laatste dag op een zaterdag, zondag of feestdag, dan loopt de termijn door tot en met de
eerstvolgende dag die dat niet is (Atw art. 1).

Bronnen:

- Algemene termijnenwet, art. 1 en art. 3 lid 1 en 2 (BWBR0002448)
- Burgerlijk Wetboek Boek 6, art. 6:96 lid 6 (BWBR0005289)
- HR 25-11-2016, ECLI:NL:HR:2016:2704 (aanvang van de veertiendagentermijn)
- Rijksoverheid, nieuwsbericht 19-12-2025, "Vanaf 1 juli 2026: brieven moeten binnen twee
  dagen bezorgd worden" (wijziging Postbesluit 2009; de Staatsblad-tekst is nog niet gevonden)

>>> pasen(2026)
datetime.date(2026, 4, 5)
>>> feestdagen(2025)[date(2025, 4, 26)]
'Koningsdag'
>>> dag_nl(bezorgdatum(date(2026, 3, 6)))
'dinsdag 10 maart 2026'
>>> t = termijn(date(2026, 3, 5))           # bezorgd zaterdag 7 maart; dag 14 is zaterdag 21 maart
>>> dag_nl(t.bezorgdatum), dag_nl(t.laatste_dag), datum_nl(t.verschuldigd_vanaf), t.verlengd
('zaterdag 7 maart 2026', 'maandag 23 maart 2026', '24 maart 2026', True)
>>> t = termijn(date(2026, 11, 23))         # vanaf 1 juli 2026: de derde getelde dag
>>> datum_nl(t.bezorgdatum), datum_nl(t.laatste_dag), datum_nl(t.verschuldigd_vanaf)
('26 november 2026', '10 december 2026', '11 december 2026')
>>> volgende_werkdag(date(2026, 4, 27))
datetime.date(2026, 4, 28)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .fouten import WikFout

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_DAG = timedelta(days=1)


def pasen(jaar: int) -> date:
    """Eerste paasdag (Easter Sunday) in the Gregorian calendar, the Atw's moveable feasts' anchor.

    Anonymous Gregorian algorithm (Meeus/Jones/Butcher); Atw art. 3 lid 1 names the feasts.
    """
    a, b, c = jaar % 19, jaar // 100, jaar % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 22 * l) // 451
    maand, dag = divmod(h + l - 7 * m + 114, 31)
    return date(jaar, maand, dag + 1)


def _koningsdag(jaar: int) -> tuple[date, str]:
    """Koningsdag / Koninginnedag, Atw art. 3 lid 1 ("de dag waarop de verjaardag van de Koning wordt gevierd")."""
    # Since 2014 the King's birthday (27 April); on a Sunday it moves to Saturday the 26th.
    # Until 2013 Koninginnedag on 30 April, on a Sunday moved to Saturday the 29th.
    dag, naam = (date(jaar, 4, 27), "Koningsdag") if jaar >= 2014 else (date(jaar, 4, 30), "Koninginnedag")
    if dag.weekday() == 6:
        dag -= _DAG
    return dag, naam


@lru_cache(maxsize=256)
def _feestdagen(jaar: int) -> tuple[tuple[date, str], ...]:
    paas = pasen(jaar)
    return (
        (date(jaar, 1, 1), "Nieuwjaarsdag"),
        (paas - 2 * _DAG, "Goede Vrijdag"),
        (paas + _DAG, "tweede paasdag"),
        _koningsdag(jaar),
        (date(jaar, 5, 5), "Bevrijdingsdag"),
        (paas + 39 * _DAG, "Hemelvaartsdag"),
        (paas + 50 * _DAG, "tweede pinksterdag"),
        (date(jaar, 12, 25), "eerste kerstdag"),
        (date(jaar, 12, 26), "tweede kerstdag"),
    )


def feestdagen(jaar: int) -> dict[date, str]:
    """The Atw holidays of one year, by date (Atw art. 3 lid 1 and 2; not the days of lid 3).

    Two feasts on one day keep both names:

    >>> feestdagen(2016)[date(2016, 5, 5)]
    'Bevrijdingsdag en Hemelvaartsdag'
    """
    dagen: dict[date, str] = {}
    for dag, naam in _feestdagen(jaar):
        dagen[dag] = f"{dagen[dag]} en {naam}" if dag in dagen else naam
    return dagen


def is_feestdag(dag: date) -> bool:
    """Whether ``dag`` is an official holiday in the sense of Atw art. 3 lid 1 and 2."""
    return any(dag == feest for feest, _ in _feestdagen(dag.year))


def _telt_voor_bezorging(dag: date) -> bool:
    """HR 2016:2704: Sundays, Mondays and official holidays do not count (Saturdays do)."""
    return dag.weekday() not in (0, 6) and not is_feestdag(dag)


@dataclass(frozen=True)
class Postnorm:
    """From ``vanaf``, a posted letter counts as delivered on the ``telling``-th counted day."""

    vanaf: date
    telling: int
    bron: str


#: Presumed delivery, dated like the interest rates. The HR's two days (2016) had one day of
#: margin over the then next-day postal norm; we keep that margin as the norm relaxes.
POSTNORMEN: tuple[Postnorm, ...] = (
    Postnorm(date(1990, 1, 1), 2, "HR 25-11-2016, ECLI:NL:HR:2016:2704: bezorgd op de tweede dag na verzending"),
    Postnorm(date(2026, 7, 1), 3, "Postbesluit 2009, gewijzigd: bezorging binnen twee dagen vanaf 1 juli 2026 "
                                  "(Rijksoverheid, 19-12-2025); de derde dag houdt één dag marge"),
    Postnorm(date(2027, 7, 1), 4, "Postbesluit 2009, gewijzigd: bezorging binnen drie dagen vanaf 1 juli 2027 "
                                  "(Rijksoverheid, 19-12-2025); de vierde dag houdt één dag marge"),
)
RUIMERE_POSTNORM = POSTNORMEN[1].vanaf  # from here on our presumption is a safety margin, not the HR's rule


def postnorm(verzonden: date) -> Postnorm:
    """The presumption that applies to a letter posted on ``verzonden`` (the first row also before 1990).

    >>> postnorm(date(2026, 6, 30)).telling, postnorm(date(2026, 7, 1)).telling, postnorm(date(2027, 7, 1)).telling
    (2, 3, 4)
    """
    geldend = POSTNORMEN[0]
    for norm in POSTNORMEN:
        if norm.vanaf <= verzonden:
            geldend = norm
    return geldend


def bezorgdatum(verzonden: date) -> date:
    """Presumed delivery of a letter posted on ``verzonden`` (HR 25-11-2016, ECLI:NL:HR:2016:2704).

    The second counted day after posting (the third from 1 July 2026, the fourth from 1 July
    2027: ``POSTNORMEN``); Sundays, Mondays and Atw holidays are skipped both as intermediate
    day and as delivery day.

    >>> bezorgdatum(date(2026, 6, 23)), bezorgdatum(date(2026, 12, 23))
    (datetime.date(2026, 6, 25), datetime.date(2026, 12, 30))
    """
    dag, geteld, nodig = verzonden, 0, postnorm(verzonden).telling
    while geteld < nodig:
        dag += _DAG
        if _telt_voor_bezorging(dag):
            geteld += 1
    return dag


def atw_einde(dag: date) -> date:
    """The last day of a term ending on ``dag``, moved by Algemene termijnenwet art. 1.

    A term that ends on a Saturday, Sunday or official holiday runs on through the next day
    that is none of these.

    >>> atw_einde(date(2026, 3, 21)), atw_einde(date(2026, 12, 25))
    (datetime.date(2026, 3, 23), datetime.date(2026, 12, 28))
    """
    while dag.weekday() >= 5 or is_feestdag(dag):
        dag += _DAG
    return dag


@dataclass(frozen=True)
class Termijn:
    """A term of some days from the day after the presumed delivery (art. 6:96 lid 6 BW; Atw art. 1)."""

    verzenddatum: date
    bezorgdatum: date
    laatste_dag: date
    verschuldigd_vanaf: date
    verlengd: bool = False  # the last day was moved by Atw art. 1


def termijn(verzonden: date, dagen: int = 14) -> Termijn:
    """The term of a posted letter: delivery per ``bezorgdatum``, then ``dagen`` days, then Atw art. 1.

    ``laatste_dag`` is day ``dagen`` after delivery, moved past a Saturday, Sunday or holiday;
    ``verschuldigd_vanaf`` is the day after it. The letter itself names none of these dates:
    it states the Hoge Raad's wording only (a date that turns out too early spoils the letter).

    >>> termijn(date(2026, 4, 24)).verschuldigd_vanaf
    datetime.date(2026, 5, 13)
    """
    if isinstance(dagen, bool) or not isinstance(dagen, int) or dagen < 1:
        raise WikFout("Een termijn is een geheel aantal dagen van ten minste 1.", "termijn_dagen", "ongeldige_waarde")
    bezorgd = bezorgdatum(verzonden)
    kaal = bezorgd + dagen * _DAG
    laatste = atw_einde(kaal)
    return Termijn(verzonden, bezorgd, laatste, laatste + _DAG, laatste != kaal)


def melding_postnorm(verzonden: date) -> dict | None:
    """The notice that a presumed delivery after the postal norm relaxed is our safety margin."""
    if verzonden < RUIMERE_POSTNORM:
        return None
    norm = postnorm(verzonden)
    telwoord = {3: "derde", 4: "vierde"}[norm.telling]
    return {"code": "bezorging_marge", "tekst": (
        f"Sinds {datum_nl(norm.vanaf)} mag de post er langer over doen. Wij gaan er daarom van uit dat een brief "
        f"op de {telwoord} dag na verzending is bezorgd (zondag, maandag en feestdagen tellen niet mee). Dat is "
        "een veiligheidsmarge, geen regel van de rechter. Stuur de brief ook per e-mail of met track & trace, "
        "zodat u kunt bewijzen wanneer de klant hem ontving.")}


def is_werkdag(dag: date) -> bool:
    """Monday to Friday and no holiday in the sense of Atw art. 3 lid 1 and 2 (cf. Atw art. 1)."""
    return dag.weekday() < 5 and not is_feestdag(dag)


def volgende_werkdag(dag: date) -> date:
    """``dag`` itself when it is a working day, else the next one (Atw art. 1 and art. 3)."""
    while not is_werkdag(dag):
        dag += _DAG
    return dag


def datum_nl(dag: date) -> str:
    """A date the Dutch way, without a leading zero: ``1 maart 2026`` (SPEC §4)."""
    return f"{dag.day} {MAANDEN[dag.month - 1]} {dag.year}"


def dag_nl(dag: date) -> str:
    """A date with its weekday: ``dinsdag 10 maart 2026`` (SPEC §4)."""
    return f"{WEEKDAGEN[dag.weekday()]} {datum_nl(dag)}"
