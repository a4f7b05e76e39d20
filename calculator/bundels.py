"""Content-hashed asset folders, shared by the rekentool and embed hooks.

Every file in ``assets/<soort>/<hash>/`` is immutable: a change in any file gives a new hash,
so a new URL. Folders of earlier builds are removed.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path


def inhoudshash(bestanden: dict[str, bytes]) -> str:
    """12 hex digits over the names and contents of ``bestanden``."""
    h = hashlib.sha256()
    for naam, inhoud in sorted(bestanden.items()):
        h.update(naam.encode() + b"\0" + hashlib.sha256(inhoud).digest())
    return h.hexdigest()[:12]


def schrijf(map_: Path, hash_: str, bestanden: dict[str, bytes]) -> Path:
    """Write ``bestanden`` to ``map_/<hash_>/`` and drop the other hash folders in ``map_``."""
    if map_.exists():
        for oud in map_.iterdir():
            if oud.is_dir() and oud.name != hash_:
                shutil.rmtree(oud)
    doel = map_ / hash_
    doel.mkdir(parents=True, exist_ok=True)
    for naam, inhoud in bestanden.items():
        (doel / naam).write_bytes(inhoud)
    return doel
