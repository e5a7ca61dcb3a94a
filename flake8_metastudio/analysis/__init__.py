"""The analysis: what the code does to MetaStudio, as facts the rules read
(index -> values -> evaluator -> rates, gathered by ``facts.Facts``).

It measures and never decides: no module here imports ``rules`` or the
``engine``; the engine builds the facts and runs the rules on them."""
