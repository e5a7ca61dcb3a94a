"""The project model of whole-project analysis, from file text only (nothing
is imported or run): where the project's modules are (``layout``), which
files a file's imports reach (``closure``) and the on-disk cache of results
(``cache``).  Below the analysis: it knows no LibCST and no analysis."""
