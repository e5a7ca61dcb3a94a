""""Did you mean": the closest known spelling of a mistyped name, one
computation for every message that offers one (limits-file keys and regions,
MST202's region ids) and for the safe fix that replaces a region id.

``closest`` is difflib's similarity (good for long keys); a *typo* is a
closest match within ``MAX_TYPO_DISTANCE`` edits (insertions, deletions,
substitutions, swaps of neighbours), which is what a safe replacement needs."""
import difflib
from functools import lru_cache
from typing import Dict, Iterable, Optional

MAX_TYPO_DISTANCE = 2
SIMILARITY = 0.75


def closest(value: object, choices: Iterable[str], cutoff: float = SIMILARITY) -> Optional[str]:
    """The choice most similar to ``value`` (difflib's ratio >= cutoff), or None."""
    if not isinstance(value, str):
        return None
    found = difflib.get_close_matches(value, [c for c in choices if c], n=1, cutoff=cutoff)
    return found[0] if found else None


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions,
    substitutions and transpositions of neighbours each count 1."""
    prev2: list = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


def typo_of(value: str, choices: Iterable[str], real: Iterable[str] = ()) -> Optional[str]:
    """The known spelling ``value`` is a typo of: the closest choice within
    MAX_TYPO_DISTANCE edits, unless ``value`` is itself a real name (in
    ``real``: a Huawei Cloud region the table lacks is not a typo)."""
    if value in set(real):
        return None
    best = None
    for choice in choices:
        d = edit_distance(value, choice)
        if 0 < d <= MAX_TYPO_DISTANCE and (best is None or d < best[0]):
            best = (d, choice)
    return best[1] if best is not None else None


@lru_cache(maxsize=1)
def huaweicloud_region_ids() -> Dict[str, str]:
    """Every Huawei Cloud region id -> display name (data/huaweicloud-regions.yaml)."""
    from flake8_metastudio.limits_update import known_region_names

    return {rid: name for name, rid in known_region_names().items()}
