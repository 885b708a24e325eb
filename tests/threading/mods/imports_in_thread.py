# Imported by import_during_module_body.py: the body waits for a thread that imports modules
# which are already loaded. (A module not yet loaded would wait for this import to finish: Weft
# has one import lock per interpreter, not CPython's per-module locks; known_failures.txt.)
import threading

results = []


def worker():
    import os
    import sys
    import threading
    results.append((os.sep, 'threading' in sys.modules, threading.current_thread() is not None))


t = threading.Thread(target=worker)
t.start()
t.join()
