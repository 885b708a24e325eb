# A module body that starts a thread and joins it while that thread imports: must not deadlock
# (the importing thread only waits for modules whose body is still running).
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'mods'))
import imports_in_thread

print(imports_in_thread.results)
