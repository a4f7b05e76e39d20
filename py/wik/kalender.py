"""Calendar arithmetic shared by the rules: the same day some months or years later.

The law counts in calendar months and years; where the day does not exist in the target month,
one convention per unit, stated once here:

- ``maanden_later``: the same day of the month, or the month's last day when it has none
  (31 August − 6 months → 28 February), as art. 3 lid 2 sub c Verordening (EEG, Euratom)
  nr. 1182/71 ends a term in months. Used for a payment plan's monthly termijnen, the six
  months of the small-termijnen rule and, as 12 months, the site's btw refund year (art. 29
  lid 2 Wet OB 1968: "uiterlijk één jaar na" the due date; 29 February → 28 February, early).
- ``verjaardag``: the same date some years later; 29 February has its anniversary on 1 March in
  a year without it. So a year counted from 29 February ends when 28 February is over. Used for
  the yearly compounding of art. 6:119 lid 2 BW (py/README.md, "Compounding and anniversaries")
  and the day a claim prescribes (art. 3:307 BW: the term starts the day after the due date, so
  a term from 29 February has 28 February as its last day), in the planner and on the site.
"""

from __future__ import annotations

from datetime import date


def maanden_later(dag: date, maanden: int) -> date:
    """The same day ``maanden`` months later (earlier when negative), or that month's last day.

    >>> maanden_later(date(2026, 8, 31), -6), maanden_later(date(2026, 1, 31), 1), maanden_later(date(2026, 3, 15), 12)
    (datetime.date(2026, 2, 28), datetime.date(2026, 2, 28), datetime.date(2027, 3, 15))
    """
    jaar, maand = divmod(dag.month - 1 + maanden, 12)
    for d in (dag.day, 30, 29, 28):
        try:
            return date(dag.year + jaar, maand + 1, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def verjaardag(dag: date, jaren: int) -> date:
    """The same date ``jaren`` years later; 29 February falls on 1 March in a year without it.

    >>> verjaardag(date(2024, 2, 29), 1), verjaardag(date(2024, 2, 29), 4), verjaardag(date(2026, 11, 17), 5)
    (datetime.date(2025, 3, 1), datetime.date(2028, 2, 29), datetime.date(2031, 11, 17))
    """
    try:
        return dag.replace(year=dag.year + jaren)
    except ValueError:  # 29 February
        return date(dag.year + jaren, 3, 1)
