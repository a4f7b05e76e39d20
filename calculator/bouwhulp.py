"""What the build's modules and the hooks share: the build's error, the source folders, reading a set of files,
checksums and placeholders. Plain functions: no MkDocs in here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

CALCULATOR = Path(__file__).resolve().parent
SRC = CALCULATOR / "src"
ZIP_TIJD = (2020, 1, 1, 0, 0, 0)  # fixed timestamp: the same sources give the same zip bytes


class BouwFout(Exception):
    """The build cannot go on (the message says what to do)."""


def lees_bestanden(map_: Path, namen: Iterable[str]) -> dict[str, bytes]:
    """``{name: bytes}`` of the files ``namen`` in ``map_``, in that order (every one must be there)."""
    bestanden = {}
    for naam in namen:
        pad = map_ / naam
        if not pad.exists():
            raise BouwFout(f"Het bestand {pad} ontbreekt.")
        bestanden[naam] = pad.read_bytes()
    return bestanden


def controle(data: bytes) -> list:
    """``[size, sha256 hex]``: how the worker and the service worker recognise a sound copy."""
    return [len(data), hashlib.sha256(data).hexdigest()]


def vul_in(tekst: bytes, naam: str, sleutel: str, waarde: str) -> bytes:
    """``tekst`` with the placeholder ``sleutel`` replaced (it must be there)."""
    if sleutel.encode() not in tekst:
        raise BouwFout(f"{naam}: {sleutel} ontbreekt.")
    return tekst.replace(sleutel.encode(), waarde.encode())
