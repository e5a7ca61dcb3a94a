"""Reading input texts: one utterance per line, ``#`` comments, blank lines skipped."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterator

from tts_batch.repository import VocabularyEntry

MAX_AUDITION_CHARS = 500


def read_lines(path: str | Path) -> list[str]:
    lines: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            text = raw.strip()
            if not text or text.startswith("#"):
                continue
            lines.append(text[:MAX_AUDITION_CHARS])
    return lines


def read_vocabulary(path: str | Path) -> Iterator[VocabularyEntry]:
    """CSV with ``source,target[,kind]`` rows."""
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.reader(fh):
            if len(row) < 2 or row[0].startswith("#"):
                continue
            kind = row[2].strip().upper() if len(row) > 2 and row[2].strip() else "ALIAS"
            yield VocabularyEntry(source=row[0].strip(), target=row[1].strip(), kind=kind)
