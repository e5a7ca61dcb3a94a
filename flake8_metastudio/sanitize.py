"""Text that cannot forge output: every message, path and literal that reaches
a report goes through ``safe_text`` first.

Region and timbre literals come from the linted code, and file names from the
file system; either may hold newlines (which would start a forged result line),
ESC (terminal control), bidirectional overrides (text that reads differently
than it is), lone surrogates (which no UTF-8 stream can encode) or, in file
names, bytes that are not UTF-8 (Python hands them over as surrogate escapes).
They are written as backslash escapes, so the report stays one line per
finding in every format and encodes as UTF-8.
"""
import re

# C0 and C1 controls, DEL, line/paragraph separators, bidi embeddings,
# overrides and isolates, BOM / zero-width no-break space, and surrogates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a non-UTF-8 file name (surrogateescape)
        return "\\x%02x" % (code - 0xDC00)
    if code <= 0xFF:
        return "\\x%02x" % code
    return "\\u%04x" % code


def safe_text(text: str) -> str:
    """``text`` with every character that could forge or break a report line escaped."""
    return _UNSAFE.sub(_escape, text)
