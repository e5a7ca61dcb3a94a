"""Fixes computed from the limits table: for a finding and the analysis
facts behind it, the text edits that make the code keep the vendor's limit.

    planner.py   finding + facts -> a Fix (edits, safe or unsafe) or why there is none
    pacing.py    MST101 / MST103: a computed sleep at the top of the repeating loop
    pools.py     MST102: a lower literal pool bound, else pacing of the feed loop or the task
    backoff.py   MST104: a backoff on the retry path; tenacity ``wait=``
    regions.py   MST202: the known region id a typo stands for (safe)
    source.py    where edits go: node positions, indentation, blocks, imports (the file's own style)
    apply.py     edits -> new text; the check every fix passes before it is written
    model.py     Edit, Fix, Proposal

The layer sits above the rules and the analysis (it reads the facts a
finding was decided from) and below the engine, which calls it only when
fixes are asked for (``fix``, JSON/SARIF output), never while linting."""
