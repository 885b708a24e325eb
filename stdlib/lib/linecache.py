"""Cache lines from Python source files (Weft's own implementation)."""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache", "getlines", "updatecache"]

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache, '' when unavailable."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date (Weft: compares size and mtime)."""
    import os
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            stat = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines."""
    import os
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        # Relative names are also looked up along sys.path, as CPython does.
        stat = None
        if not os.path.isabs(filename):
            for dirname in sys.path:
                try:
                    fullname = os.path.join(dirname, filename)
                    stat = os.stat(fullname)
                    break
                except (TypeError, OSError, ValueError):
                    pass
        if stat is None:
            return []
    try:
        with open(fullname, "r", encoding="utf-8", errors="replace") as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    size, mtime = stat.st_size, stat.st_mtime
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Weft keeps no loaders: nothing to register lazily."""
    return False
