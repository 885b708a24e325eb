"""Process-based parallelism (Weft's own implementation of CPython 3.13's multiprocessing API).

Start methods: 'fork' (os.fork) and 'spawn' (a fresh run of sys.executable that reads a pickled
preparation payload and the Process object from a pipe). Synchronisation and shared memory use
the native _multiprocessing module (POSIX named semaphores, shm_open + mmap).
"""

import sys
from . import context

__all__ = [x for x in dir(context._default_context) if not x.startswith('_')]
globals().update((name, getattr(context._default_context, name)) for name in __all__)

SUBDEBUG = 5
SUBWARNING = 25

# A spawned child imports the main module as __mp_main__; in the parent both names are the same.
if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']
