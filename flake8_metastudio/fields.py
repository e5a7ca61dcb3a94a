"""Reading several attributes of an object in one call.

The tree walks (LibCST nodes in the analysis, ``ast`` nodes for positions)
read the same few fields of every node; ``operator.attrgetter`` over all of
them is one C call instead of a ``getattr`` per field."""
import operator
from typing import Any, Callable, Sequence, Tuple


def tuple_getter(names: Sequence[str]) -> Callable[[Any], Tuple[Any, ...]]:
    """A function giving the values of ``names`` on an object, always as a tuple
    (attrgetter alone gives a bare value for one name)."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        one = operator.attrgetter(names[0])
        return lambda obj: (one(obj),)
    return operator.attrgetter(*names)
