"""What the analysis derives from the limits table alone, computed once per
process for each table instead of once per file: the region ids it knows,
the knowledge-base SDK methods (MST301) and the REST route matcher.

A table is never changed after ``limits.load`` builds it, and ``load``
keeps one per limits file per process, so every file of a run shares one
``TableViews``.  Under ``flake8 -j N`` each worker process has its own
table and builds its own views: nothing is shared between processes.
The cache is keyed by the table's identity and holds the table only weakly,
so a table that is dropped (a test's own, an edited override file read
again) takes its views with it and a new table never gets an old one's.
"""
import threading
import weakref
from typing import TYPE_CHECKING, Dict, FrozenSet, Optional, Tuple

from flake8_metastudio import knowledge as K

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.rest import RestMatcher
    from flake8_metastudio.limits import LimitsTable


class TableViews:
    __slots__ = ("region_ids", "known_regions", "knowledge_base_methods", "_table", "_matcher", "__weakref__")

    def __init__(self, table: "LimitsTable") -> None:
        self._table = weakref.ref(table)
        ids = table.region_ids
        self.region_ids: Tuple[str, ...] = tuple(ids)  # in the table's order, for messages
        self.known_regions: FrozenSet[str] = frozenset(ids)
        self.knowledge_base_methods: FrozenSet[str] = frozenset(
            r.sdk_method for r in table.rows if r.category in K.KNOWLEDGE_BASE_GROUPS and r.sdk_method)
        self._matcher: "Optional[RestMatcher]" = None

    @property
    def matcher(self) -> "RestMatcher":
        """The REST route matcher, built the first time a file makes an HTTP call."""
        if self._matcher is None:
            from flake8_metastudio.analysis.rest import RestMatcher

            table = self._table()
            assert table is not None, "views outlived their table"
            self._matcher = RestMatcher(table)
        return self._matcher


_VIEWS: Dict[int, Tuple["weakref.ref[LimitsTable]", TableViews]] = {}
_LOCK = threading.Lock()


def views(table: "LimitsTable") -> TableViews:
    """The views of ``table``, built on first use in this process."""
    entry = _VIEWS.get(id(table))
    if entry is not None and entry[0]() is table:
        return entry[1]
    built = TableViews(table)
    key = id(table)

    def forget(ref: "weakref.ref[LimitsTable]") -> None:
        with _LOCK:
            if _VIEWS.get(key, (None,))[0] is ref:  # not a newer table that got the same id
                del _VIEWS[key]

    with _LOCK:
        _VIEWS[key] = (weakref.ref(table, forget), built)
    return built
