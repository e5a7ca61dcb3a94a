"""Files and values the user hands us, made safe to read and to quote.

Two things every door needs before it trusts a user's input:

* ``read_bytes(path, max_bytes)`` / ``read_text`` (as UTF-8) read a
  regular file of bounded size: the one reader of every file the user names
  or the tool finds (config files, pyproject.toml, limits, timbres,
  baseline, a saved vendor page).  Directories, FIFOs, sockets and devices are refused from ``stat``
  *before* the file is opened (opening a FIFO for reading blocks until a
  writer comes; ``/dev/zero`` never ends), and the open itself is
  non-blocking and re-checked with ``fstat`` in case the path was swapped.
* ``quote(value)`` / ``show_path(path)`` render a value for a one-line error
  message: clipped, control characters and surrogates escaped, containers
  described rather than printed (the repr of an alias-expanded YAML value
  can take gigabytes).
"""
import os
import stat
from typing import Optional

QUOTE_CHARS = 40  # longest quoted value in an error message
MESSAGE_CHARS = 170  # an error is clipped here, so "prog: error: " + it stays under 200
# "FILE:LINE: problem" is kept this short, so that "prog: error: --option: " + it
# stays under 200 characters; the path is clipped (in the middle) before the problem
LOCATED_CHARS = 146
MIN_PATH_CHARS = 40


class UserInputError(Exception):
    """An input that cannot be used; str() is one line naming the file."""


def show_path(path: str, limit: int = 100) -> str:
    """The path as it can be printed on one line: escaped, middle clipped."""
    text = _escape(str(path))
    if len(text) > limit:
        half = (limit - 3) // 2
        text = text[:half] + "..." + text[-half:]
    return text


def located(path: str, line, problem: str) -> str:
    """"PATH:LINE: problem" (or "PATH: problem"), at most LOCATED_CHARS long."""
    where = ":%d" % line if line else ""
    room = max(MIN_PATH_CHARS, LOCATED_CHARS - len(where) - 2 - len(problem))
    return clip_message("%s%s: %s" % (show_path(path, room), where, problem), LOCATED_CHARS)


def quote(value, limit: int = QUOTE_CHARS) -> str:
    """A short, single-line, escaped rendering of a value for a message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int):
        if value.bit_length() > 128:  # str() of a huge int is slow, long, or refused (> 4300 digits)
            return "a %d-digit number" % len(str(value)) if value.bit_length() < 13000 else "a huge number"
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, (list, tuple)):
        return "a list"
    if not isinstance(value, str):
        return "a %s" % type(value).__name__
    escaped = _escape(value[:limit]).replace("'", "\\'")
    text = "'%s'" % escaped[:limit]
    return text + ("..." if len(value) > limit or len(escaped) > limit else "")


def _escape(text: str) -> str:
    """Control characters, non-printable characters and lone surrogates as
    ``\\n``/``\\x1b``/``\\ud800`` escapes; everything else as it is."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def clip_message(message: str, limit: int = MESSAGE_CHARS) -> str:
    message = " ".join(message.splitlines())
    return message if len(message) <= limit else message[:limit - 3] + "..."


_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"))


def not_regular(mode: int) -> Optional[str]:
    """"a FIFO (named pipe)", "a directory"...: what a ``st_mode`` is if not a regular file, else None."""
    if stat.S_ISREG(mode):
        return None
    for test, name in _KINDS:
        if test(mode):
            return name
    return "not a regular file"


def read_bytes(path: str, max_bytes: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them.

    Raises ``UserInputError`` with "PATH: reason" for anything else: missing,
    unreadable, not a regular file (refused from ``stat`` before it is
    opened), larger than ``max_bytes``.  Every file the tool reads on the
    user's word (config, limits, timbres, baseline, a saved vendor page)
    comes through here.
    """
    def fail(reason):
        raise UserInputError(located(path, None, reason))

    try:
        info = os.stat(path)
    except FileNotFoundError:
        fail("file not found")
    except OSError as exc:
        fail("cannot be read (%s)" % (exc.strerror or type(exc).__name__))
    except ValueError:  # a NUL in the path
        fail("cannot be read (the path holds a NUL character)")
    kind = not_regular(info.st_mode)
    if kind:
        fail("is %s, not a regular file" % kind)
    if info.st_size > max_bytes:
        fail("is %d bytes; at most %d are accepted" % (info.st_size, max_bytes))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        fail("cannot be read (%s)" % (exc.strerror or type(exc).__name__))
    try:
        kind = not_regular(os.fstat(fd).st_mode)  # the path may have been swapped since stat()
        if kind:
            fail("is %s, not a regular file" % kind)
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        fail("cannot be read (%s)" % (exc.strerror or type(exc).__name__))
    finally:
        os.close(fd)
    if size > max_bytes:
        fail("is more than %d bytes, the most accepted" % max_bytes)
    return b"".join(chunks)


def read_text(path: str, max_bytes: int) -> str:
    """The UTF-8 text of the regular file ``path`` (a leading BOM dropped);
    ``UserInputError`` as ``read_bytes``, or for bytes that are not UTF-8."""
    data = read_bytes(path, max_bytes)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserInputError(located(path, _line_of(data, exc.start), "not UTF-8 text (byte 0x%02x in column %d)"
                                     % (data[exc.start], _column_of(data, exc.start))))
    return text[1:] if text.startswith("\ufeff") else text


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _column_of(data: bytes, offset: int) -> int:
    return offset - (data.rfind(b"\n", 0, offset) + 1) + 1
