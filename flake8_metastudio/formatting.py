"""How numbers read in messages, tables and JSON: the one set of formatters."""
import math
from typing import Optional, Union

Number = Union[int, float]


def fmt_num(x: Optional[Number], places: int = 3, strip: bool = True) -> str:
    """``4``, ``0.25``, ``inf``; ``?`` for an unknown number.  Whole numbers
    lose their decimals; others keep ``places`` (trailing zeros dropped when
    ``strip``)."""
    if x is None:
        return "?"
    if math.isinf(x):
        return "inf"
    if abs(x) >= 1e9:
        return "%.3g" % x  # a saturated figure: 6.22e+139, not 140 digits
    if float(x).is_integer():
        return str(int(x))
    text = "%.*f" % (places, x)
    return text.rstrip("0").rstrip(".") if strip else text


def fmt_rate(rate: float) -> str:
    """A call rate as the user reads it: ``10.0/s``, or ``unbounded``."""
    if math.isinf(rate):
        return "unbounded"
    return "%.3g/s" % rate if rate >= 1e9 else "%.1f/s" % rate


def plain_number(v: Optional[Number]) -> Optional[Number]:
    """A whole float as an int (for JSON and YAML), anything else unchanged."""
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v
