"""Parse the vendor's "API request throttling" tables (plain-text export of the
MetaStudio "Constraints on APIs" page) into rows.

Used by tools/build_limits.py to generate data/metastudio-limits.yaml and by the
test that checks the shipped data against the document, so both read the
document the same way.
"""
import re
from typing import Dict, List, Optional

REGION_COLUMNS = ("cn-north-4", "cn-east-3", "ap-southeast-3")
_RATE = re.compile(r"^(?:(\d+) times|Once) per second$")


def parse_rate(cell: str) -> Optional[int]:
    """'10 times per second' -> 10, 'Once per second' -> 1, '-' -> None."""
    cell = cell.strip()
    if cell == "-":
        return None
    m = _RATE.match(cell)
    if not m:
        raise ValueError("not a rate cell: %r" % cell)
    return int(m.group(1)) if m.group(1) else 1


def _is_rate(cell: str) -> bool:
    return cell == "-" or bool(_RATE.match(cell))


def parse_tables(text: str) -> List[Dict]:
    """Rows of Table 2 (three regional limits) and Table 3 (single tenant and
    system-wide limits), in document order."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    rows: List[Dict] = []
    for table, ncols, header_end in ((2, 3, "Single Tenant"), (3, 2, "System-based")):
        start = lines.index("Table %d API request throttling" % table)
        i = start + 1
        # skip the header: it ends at the last column title
        while not (lines[i] == header_end or lines[i].startswith("(AP-Singapore)")):
            i += 1
        if table == 2:
            while not lines[i].startswith("(AP-Singapore)"):
                i += 1
        i += 1
        category = None
        while i < len(lines) and not lines[i].startswith("Table "):
            # a row is: title, then ncols rate cells; a category line precedes
            # its first row (a title followed by another non-rate line)
            if i + ncols < len(lines) + 1 and all(
                _is_rate(c) for c in lines[i + 1:i + 1 + ncols]
            ) and len(lines[i + 1:i + 1 + ncols]) == ncols:
                cells = [parse_rate(c) for c in lines[i + 1:i + 1 + ncols]]
                row = {"table": table, "category": category, "api": lines[i]}
                if table == 2:
                    row["limits"] = dict(zip(REGION_COLUMNS, cells))
                else:
                    row["single_tenant"], row["system_wide"] = cells
                rows.append(row)
                i += 1 + ncols
            else:
                category = lines[i]
                i += 1
    return rows
