"""Where LibCST's native parser slows down or fails on deeply nested code:
the measurements behind guard.MAX_DEPTH.

    python tools/measure_nesting.py elif,attr,method,binop,ifexp,ifexp2 100,300,1000,2000,4000

For each shape and size it prints the ``ast`` depth (or the error CPython's
own parser gives, in which case the linter reports E999 and LibCST never
sees the file) and how ``libcst.parse_module`` did in a subprocess capped at
3 GB: ok and seconds, RecursionError, MemoryError or the signal that killed
it.  A shape stops at its first failure or at a parse over 5 s.

Measured on CPython 3.11 / libcst 1.9 (2 cores, shared): at ast depth ~1,000
an elif chain parses in 0.15 s, attributes 0.4 s, `+` chains 0.3 s,
`not`/unary chains 0.3-0.4 s, unparenthesised conditional expressions 1.2 s,
500 chained methods (depth 1,000) ~0.7 s; 2,000 chained methods take 12 s;
16,000 elif branches kill the process with SIGSEGV; parenthesised nesting
(calls, lists, conditional expressions in parentheses) is the most
expensive (1.5 s at 200 levels) but CPython refuses more than 200 levels.
"""
import ast
import subprocess
import sys
import time


# shape -> source nested n levels that way
SHAPES = {
    "elif": lambda n: "x = 0\nif x == 0:\n    pass\n" + "".join("elif x == %d:\n    pass\n" % i for i in range(1, n)),
    "attr": lambda n: "y = a" + ".b" * n + "\n",
    "method": lambda n: "y = a" + ".b()" * n + "\n",
    "binop": lambda n: "y = " + " + ".join(["1"] * n) + "\n",
    "ifexp": lambda n: "y = " + "1 if c else (" * n + "0" + ")" * n + "\n",
    "ifexp2": lambda n: "y = " + "1 if c else " * n + "0\n",
    "defs": lambda n: "".join("    " * i + "def f%d():\n" % i for i in range(n)) + "    " * n + "pass\n",
    "dict": lambda n: "y = " + "{1: " * n + "0" + "}" * n + "\n",
    "paren": lambda n: "y = " + "(" * n + "1" + ")" * n + "\n",
    "list": lambda n: "y = " + "[" * n + "]" * n + "\n",
    "nestedif": lambda n: "".join("    " * i + "if x:\n" for i in range(n)) + "    " * n + "pass\n",
    "strcat": lambda n: "y = " + " ".join(['"a"'] * n) + "\n",
    "strcatlines": lambda n: "y = (\n" + "".join('    "a"\n' for _ in range(n)) + ")\n",
    "fstrcat": lambda n: "y = " + " ".join(["f'{x}'"] * n) + "\n",
    "bytescat": lambda n: "y = " + " ".join(["b'a'"] * n) + "\n",
    "callchain": lambda n: "y = f" + "()" * n + "\n",
    "or": lambda n: "y = " + " or ".join(["a"] * n) + "\n",
    "mixedbool": lambda n: "y = " + " ".join("a and" if i % 2 else "a or" for i in range(n)) + " a\n",
    "power": lambda n: "y = " + " ** ".join(["2"] * n) + "\n",
    "tuple": lambda n: "y = " + ", ".join(["a"] * n) + "\n",
    "semicolons": lambda n: "; ".join(["x = 1"] * n) + "\n",
    "decorators": lambda n: "".join("@d\n" for _ in range(n)) + "def f():\n    pass\n",
    "withitems": lambda n: "with " + ", ".join(["a"] * n) + ":\n    pass\n",
    "args": lambda n: "f(" + ", ".join(["a"] * n) + ")\n",
    "call": lambda n: "y = " + "f(" * n + ")" * n + "\n",
    "not": lambda n: "y = " + "not " * n + "x\n",
    "unary": lambda n: "y = " + "-" * n + "x\n",
    "compare": lambda n: "y = " + " < ".join(["a"] * n) + "\n",
    "boolop": lambda n: "y = " + " and ".join(["a"] * n) + "\n",
    "subscript": lambda n: "y = a" + "[0]" * n + "\n",
    "lambda": lambda n: "y = " + "lambda: " * n + "0\n",
}


def shape(kind, n):
    return SHAPES[kind](n)


def depth(tree):
    best = 0
    stack = [(tree, 1)]
    while stack:
        node, d = stack.pop()
        best = max(best, d)
        for c in ast.iter_child_nodes(node):
            stack.append((c, d + 1))
    return best


CHILD = r'''
import resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))
src = sys.stdin.read()
import libcst
t = time.time()
try:
    libcst.parse_module(src)
    print("ok %.2f" % (time.time() - t))
except RecursionError as e:
    print("RecursionError %.2f" % (time.time() - t))
except MemoryError:
    print("MemoryError %.2f" % (time.time() - t))
except Exception as e:
    print("%s %.2f %s" % (type(e).__name__, time.time() - t, str(e)[:60].replace("\n", " ")))
'''


if __name__ == "__main__":
    kinds = sys.argv[1].split(",")
    sizes = [int(s) for s in sys.argv[2].split(",")]
    for kind in kinds:
        for n in sizes:
            src = shape(kind, n)
            try:
                d = depth(ast.parse(src))
            except BaseException as e:
                d = type(e).__name__
            t = time.time()
            try:
                r = subprocess.run([sys.executable, "-c", CHILD], input=src, capture_output=True, text=True, timeout=40)
                out = r.stdout.strip() or ("signal %d" % -r.returncode if r.returncode < 0
                                           else "rc%d %s" % (r.returncode, r.stderr[-80:]))
            except subprocess.TimeoutExpired:
                out = "timeout"
            print("%-9s n=%-6d astdepth=%-8s %s" % (kind, n, d, out), flush=True)
            if not out.startswith("ok") or float(out.split()[1]) > 5:
                break
