"""Everything the rules look at, computed once per module: the index,
inference, every SDK call site with its repeated contexts, and rate
estimates."""
from typing import TYPE_CHECKING, Callable, Dict, List, Optional, Tuple, Union

import libcst as cst

from flake8_metastudio.analysis.effects import Occ
from flake8_metastudio.analysis.evaluator import Evaluator
from flake8_metastudio.analysis.index import ModuleIndex
from flake8_metastudio.analysis.rates import NoEstimate, RateEstimate, assess
from flake8_metastudio.analysis.tables import views
from flake8_metastudio.analysis.values import Inferrer
from flake8_metastudio.limits import Limit

if TYPE_CHECKING:  # pragma: no cover - annotations only
    import ast

    from flake8_metastudio.analysis.linking import Linker
    from flake8_metastudio.catalog import Catalog
    from flake8_metastudio.limits import ApiRow
    from flake8_metastudio.options import Settings
    from flake8_metastudio.positions import Positions


class Facts:
    def __init__(self, module: cst.Module, settings: "Settings", catalog: "Catalog", source: Optional[str] = None,
                 tree: "Optional[ast.AST]" = None, index: Optional[ModuleIndex] = None,
                 link: "Optional[Callable[[ModuleIndex], Linker]]" = None) -> None:
        self.module = module
        self.source = source if source is not None else module.code
        self.tree = tree
        self._positions: "Optional[Positions]" = None
        self.settings = settings
        self.table = settings.table
        self.views = views(settings.table)  # what depends on the table alone: built once per process
        self.catalog = catalog
        self.index = index if index is not None else ModuleIndex(module)
        self.inferrer = Inferrer(self.index, catalog)
        # whole-project analysis: imported names of the project's modules resolved (linking.py)
        self.linker: "Optional[Linker]" = link(self.index) if link is not None else None
        if self.linker is not None:
            self.inferrer.linker = self.linker
            self.linker.inferrer = self.inferrer
            self.inferrer.scope_of = self.linker.scope_of
        self.evaluator = Evaluator(self.index, self.inferrer, catalog, settings)
        self.occs: List[Occ] = self.evaluator.run()
        self._assessed: Dict[int, Union[RateEstimate, NoEstimate]] = {}  # id(occ) -> its assessment

    def release(self) -> None:
        """Done with this file: let reference counting free it (see ModuleIndex.release)."""
        self.index.release()

    def position(self, node: cst.CSTNode) -> Tuple[int, int]:
        """(line, column) of a node, computed only for what is reported."""
        if self._positions is None:
            from flake8_metastudio.positions import Positions

            self._positions = Positions(self.module, self.index, self.source, self.tree)
        return self._positions.of(node)

    def row(self, occ: Occ) -> "Optional[ApiRow]":
        return occ.rest_row or self.table.row_for_method(occ.method.name)

    def limit(self, occ: Occ) -> Limit:
        """The limit of ``occ``'s API in its region (no published limit when
        the table has no row for it)."""
        row = self.row(occ)
        return row.limit_in(occ.region) if row is not None else Limit.unpublished()

    def estimate(self, occ: Occ) -> Optional[RateEstimate]:
        """The rate estimate of ``occ`` when it exceeds the limit, else None."""
        result = self.assess(occ)
        return result if isinstance(result, RateEstimate) and result.exceeds else None

    def assess(self, occ: Occ) -> Union[RateEstimate, NoEstimate]:
        """The rate estimate of ``occ`` whether or not it exceeds the limit,
        or why there is none, worked out once per call site (the rules, the
        judgements other modules defer to, ``explain``)."""
        key = id(occ)
        held = self._assessed.get(key)
        if held is None:
            held = self._assessed[key] = assess(occ, self.row(occ), self.settings)
        return held
