"""Adversarial program shapes for the analysis, at any size.

Each generator takes a size and returns a ``Shape``: the source text of a
valid program that uses the SDK in a way that is cheap to parse but, analysed
naively, costs time or memory exponential or quadratic in the size (names
assigned many times from one another, many ``return`` statements, call
fan-out chains, huge loops, many futures, long ``elif`` chains, classes whose
methods call one another), and the findings a user expects on it:
``{(line, code)}``, worked out from the shape itself (not from the analysis).

The rate arithmetic is the README's: 0.1 s per SDK call waited for, no
delays, so one ``create_product`` per iteration is 10/s > 4/s (cn-north-4).
"""
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Set, Tuple

HEADER = [
    "from huaweicloudsdkmetastudio.v1 import (CreateProductRequest, MetaStudioAsyncClient,",
    "                                         MetaStudioClient, ShowProductRequest)",
    "",
    "client = MetaStudioClient.new_builder().build()",
    "async_client = MetaStudioAsyncClient.new_builder().build()",
    "",
]


@dataclass
class Shape:
    name: str
    size: int
    lines: List[str] = field(default_factory=lambda: list(HEADER))
    expected: Set[Tuple[int, str]] = field(default_factory=set)

    def add(self, text: str, expect: str = "") -> int:
        """Append a line; with ``expect`` the line must carry that finding.
        Returns the line's number."""
        self.lines.append(text)
        if expect:
            self.expected.add((len(self.lines), expect))
        return len(self.lines)

    @property
    def source(self) -> str:
        return "\n".join(self.lines) + "\n"


def assignment_chain(n: int) -> Shape:
    """A function called with a region id builds its client from it through
    12 names, each assigned ``n`` times from the previous one; its loop
    creates a product per row: 10/s > 3/s in cn-east-3 (the message names
    the region, so the region must have come through all 12 names)."""
    s = Shape("assignment_chain", n)
    s.lines.insert(0, "from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion")
    s.add("def run(region_id, rows):")
    s.add("    v0 = region_id")
    for i in range(1, 12):
        for _ in range(n):
            s.add("    v%d = v%d" % (i, i - 1))
    s.add("    regional = MetaStudioClient.new_builder().with_region(MetaStudioRegion.value_of(v11)).build()")
    s.add("    for row in rows:")
    s.add("        regional.create_product(CreateProductRequest())", "MST101")
    s.add("")
    s.add("")
    s.add("run(\"cn-east-3\", load_rows())")
    return s


def many_returns(n: int) -> Shape:
    """Six client factories, each with ``n`` ``return`` statements that call
    the previous factory; a loop calls the SDK on the last one's client."""
    s = Shape("many_returns", n)
    s.add("def make0(flag):")
    s.add("    return MetaStudioClient.new_builder().build()")
    for f in range(1, 6):
        s.add("")
        s.add("")
        s.add("def make%d(flag):" % f)
        for i in range(n):
            s.add("    if flag == %d:" % i)
            s.add("        return make%d(flag)" % (f - 1))
        s.add("    return make%d(flag)" % (f - 1))
    s.add("")
    s.add("")
    s.add("def sync(rows):")
    s.add("    c = make5(0)")
    s.add("    for row in rows:")
    s.add("        c.create_product(CreateProductRequest())", "MST101")
    return s


def _chain(s: Shape, prefix: str, n: int, param: str, fan: int, sdk_call: str):
    """Helpers prefix0..prefix``n``, each calling the next ``fan`` times; the
    last makes ``sdk_call``."""
    for i in range(n):
        s.add("def %s%d(%s):" % (prefix, i, param))
        for _ in range(fan):
            s.add("    %s%d(%s)" % (prefix, i + 1, param))
        s.add("")
        s.add("")
    s.add("def %s%d(%s):" % (prefix, n, param))
    s.add("    " + sdk_call)
    s.add("")
    s.add("")


def fanout_chain(n: int) -> Shape:
    """f0..f``n``, each calling the next five times; the last makes the SDK
    call.  A loop calls f0: each iteration makes 5**n calls and waits for
    all of them, 10/s; the finding is on the loop's call, via f0()."""
    s = Shape("fanout_chain", n)
    _chain(s, "f", n, "", 5, "client.create_product(CreateProductRequest())")
    s.add("def main(rows):")
    s.add("    for row in rows:")
    s.add("        f0()", "MST101")
    return s


def deep_helper_chain(n: int) -> Shape:
    """A chain of ``n`` helpers, each calling the next once; the last makes
    the SDK call; a loop calls the first.  However deep, the finding must be
    there (on the loop's call)."""
    s = Shape("deep_helper_chain", n)
    _chain(s, "h", n, "req", 1, "client.create_product(req)")
    s.add("def main(rows):")
    s.add("    for row in rows:")
    s.add("        h0(CreateProductRequest())", "MST101")
    return s


def unrelated_deep_loop(n: int) -> Shape:
    """Two loops: the first enters an ``n``-deep helper chain, the second
    calls the middle of it.  Both findings stand, whatever the order in
    which the helpers happen to be analysed."""
    s = Shape("unrelated_deep_loop", n)
    _chain(s, "g", n, "", 1, "client.create_product(CreateProductRequest())")
    s.add("def first(rows):")
    s.add("    for row in rows:")
    s.add("        g0()", "MST101")
    s.add("")
    s.add("")
    s.add("def second(rows):")
    s.add("    for row in rows:")
    s.add("        g%d()" % (n // 2), "MST101")
    return s


def loop_of_calls(n: int) -> Shape:
    """One ``for`` loop whose body makes ``n`` create_product calls: each
    iteration waits for all n, so the API repeats at n / (n x 0.1 s) = 10/s,
    reported at every call."""
    s = Shape("loop_of_calls", n)
    s.add("def sync(rows):")
    s.add("    for row in rows:")
    for _ in range(n):
        s.add("        client.create_product(CreateProductRequest())", "MST101")
    return s


def polled_queries(n: int) -> Shape:
    """A ``while True`` loop that makes ``n`` unchanged show_product queries
    and leaves once the product is ready: every query is polled without a
    delay (MST103 at each)."""
    s = Shape("polled_queries", n)
    s.add("def wait_ready(product_id):")
    s.add("    while True:")
    for _ in range(n):
        s.add("        status = client.show_product(ShowProductRequest(product_id=product_id))", "MST103")
    s.add("        if status.ready:")
    s.add("            break")
    return s


def many_futures(n: int) -> Shape:
    """``n`` async-client futures created one after the other and never
    waited for, in a function called from a loop: each iteration hands n
    calls to the async client's 8 worker threads (8 x 10/s = 80/s > 4/s),
    reported at the loop's call of the function."""
    s = Shape("many_futures", n)
    s.add("def batch(req):")
    for i in range(n):
        s.add("    fut%d = async_client.create_product_async(req)" % i)
    s.add("")
    s.add("")
    s.add("def main(rows):")
    s.add("    for row in rows:")
    s.add("        batch(CreateProductRequest())", "MST102")
    return s


def elif_chain(n: int) -> Shape:
    """A loop whose body is an ``n``-branch ``elif`` chain, each branch
    creating a product: one call per iteration whichever branch runs, 10/s,
    reported at every branch's call."""
    s = Shape("elif_chain", n)
    s.add("def dispatch(rows):")
    s.add("    for row in rows:")
    for i in range(n):
        s.add("        %s row.kind == %d:" % ("if" if i == 0 else "elif", i))
        s.add("            client.create_product(CreateProductRequest())", "MST101")
    return s


def mutual_methods(n: int) -> Shape:
    """A class whose ``n`` methods each call three others (a dense call
    graph with cycles); one of them makes the SDK call; a loop calls the
    first method: reported at that call."""
    s = Shape("mutual_methods", n)
    s.add("class Sync:")
    s.add("    def __init__(self):")
    s.add("        self.client = MetaStudioClient.new_builder().build()")
    for i in range(n):
        s.add("")
        s.add("    def m%d(self, req):" % i)
        for j in (1, 7, 31):
            s.add("        self.m%d(req)" % ((i + j) % n))
        if i == n - 1:
            s.add("        self.client.create_product(req)")
    s.add("")
    s.add("    def run(self, rows):")
    s.add("        for row in rows:")
    s.add("            self.m0(CreateProductRequest())", "MST101")
    return s


def calls_all_along(n: int) -> Shape:
    """A chain of ``n`` helpers, each making an SDK call and calling the
    next (``ring``: the last calls the first again); a loop calls the first:
    every iteration makes the calls of the whole chain, 10/s, reported at the
    loop's call.  Each helper reaches every call site below it: summaries
    that copied them all would cost n**2."""
    s = Shape("calls_all_along", n)
    _sites_chain(s, n, ring=False)
    return s


def ring_of_calls(n: int) -> Shape:
    """``calls_all_along`` closed into one cycle of ``n`` helpers."""
    s = Shape("ring_of_calls", n)
    _sites_chain(s, n, ring=True)
    return s


def _sites_chain(s: Shape, n: int, ring: bool) -> None:
    for i in range(n):
        s.add("def f%d(req):" % i)
        s.add("    client.create_product(req)")
        if ring or i < n - 1:
            s.add("    f%d(req)" % ((i + 1) % n))
        s.add("")
        s.add("")
    s.add("def main(rows):")
    s.add("    for row in rows:")
    s.add("        f0(CreateProductRequest())", "MST101")


def dead_loops(n: int) -> Shape:
    """``n`` nested loops of 10**18 iterations (their product overflows a
    float for n >= 18) inside a ``range(0)`` loop that never runs: they
    contribute nothing, while a live loop next to them keeps its finding
    (no inf x 0 = NaN anywhere)."""
    s = Shape("dead_loops", n)
    s.add("def main(rows):")
    s.add("    for a in range(0):")
    for i in range(n):
        s.add("    " * (i + 2) + "for b%d in range(10 ** 18):" % i)
    s.add("    " * (n + 2) + "client.create_product(CreateProductRequest())")
    s.add("    for row in rows:")
    s.add("        client.create_product(CreateProductRequest())", "MST101")
    return s


def huge_loops(n: int) -> Shape:
    """``n`` nested loops of 10**18 iterations around an SDK call (their
    product overflows a float for n >= 18), with a sleep of 10**30 s in the
    outermost: huge figures saturate, nothing overflows, and the innermost
    loop is still reported (10/s)."""
    assert n >= 2, "the sleep sits in the outermost loop, beside the inner ones"
    s = Shape("huge_loops", n)
    s.add("import time")
    s.add("")
    s.add("")
    s.add("def main():")
    for i in range(n):
        s.add("    " * (i + 1) + "for b%d in range(10 ** 18):" % i)
    s.add("    " * (n + 1) + "client.create_product(CreateProductRequest())", "MST101")
    s.add("    " * 2 + "time.sleep(10 ** 30)")
    return s


def nested_call_args(n: int) -> Shape:
    """The SDK call, in a loop, as the innermost argument of ``n`` nested
    calls (the ``ast`` parser allows fewer than 200): analysed like any
    other, no RecursionError."""
    s = Shape("nested_call_args", n)
    s.add("def wrap(x):")
    s.add("    return x")
    s.add("")
    s.add("")
    s.add("def main(rows):")
    s.add("    for row in rows:")
    s.add("        " + "wrap(" * n + "client.create_product(CreateProductRequest())" + ")" * n, "MST101")
    return s


def long_method_chain(n: int) -> Shape:
    """The SDK call, in a loop, followed by ``n`` chained method calls on
    its response (350 used to raise RecursionError in the CLI)."""
    s = Shape("long_method_chain", n)
    s.add("def main(rows):")
    s.add("    for row in rows:")
    s.add("        client.create_product(CreateProductRequest())" + ".to_dict().get('a')" * (n // 2), "MST101")
    return s


def handler_table(n: int) -> Shape:
    """A table of ``n`` handlers, each making an SDK call, picked by a key
    the code does not state in ``n // 20`` loops: past 64 entries the table
    used to be dropped (every loop silent); each loop is one finding."""
    s = Shape("handler_table", n)
    for i in range(n):
        s.add("def h%d(row):" % i)
        s.add("    client.create_product(CreateProductRequest(body=row))")
    s.add("HANDLERS = {" + ", ".join("'k%d': h%d" % (i, i) for i in range(n)) + "}")
    for j in range(max(1, n // 20)):
        s.add("def run%d(rows, kind):" % j)
        s.add("    for row in rows:")
        s.add("        HANDLERS[kind](row)", "MST101")
    return s


def long_region_list(n: int) -> Shape:
    """A client per site from a list of ``n`` site regions, one of them a
    typo: past 64 items the list was not read (its MST202 lost); its few
    distinct values are."""
    s = Shape("long_region_list", n)
    s.add("from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion")
    s.add("def build(region):")
    s.add("    return MetaStudioClient.new_builder().with_region(MetaStudioRegion.value_of(region)).build()")
    s.add("SITES = [")
    for i in range(n):
        s.add("    'cn-nort-4'," if i == n // 2 else "    'cn-north-4',", "MST202" if i == n // 2 else "")
    s.add("]")
    s.add("CLIENTS = {site: build(site) for site in SITES}")
    s.add("def run(rows, site):")
    s.add("    for row in rows:")
    s.add("        CLIENTS[site].create_product(CreateProductRequest(body=row))", "MST101")
    return s


SHAPES: Dict[str, Callable[[int], Shape]] = {
    f.__name__: f for f in (assignment_chain, many_returns, fanout_chain, deep_helper_chain,
                            unrelated_deep_loop, loop_of_calls, polled_queries, many_futures, elif_chain,
                            mutual_methods, calls_all_along, ring_of_calls, dead_loops, huge_loops,
                            nested_call_args, long_method_chain, handler_table, long_region_list)
}
