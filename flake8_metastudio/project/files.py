"""Reading a project module's text as Python reads it, without ever
blocking or filling the memory: regular files only (a FIFO or a link to
``/dev/zero`` named like a module is never opened), at most a given size,
decoded by its PEP 263 coding cookie (``# -*- coding: latin-1 -*-``) or as
UTF-8; None when the file cannot be read as Python source."""
import io
import os
import stat
import tokenize
from typing import Optional


def read_source(path: str, max_bytes: Optional[int] = None) -> Optional[str]:
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or (max_bytes is not None and st.st_size > max_bytes):
            return None
        with open(path, "rb") as fh:
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    except OSError:
        return None
    if max_bytes is not None and len(data) > max_bytes:
        return None  # grew while read
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(encoding)
    except (SyntaxError, LookupError, UnicodeDecodeError, ValueError):
        return None  # an unknown or lying cookie, or bytes that are not text in it
    return text[1:] if text.startswith("\ufeff") else text
