# sys.exit deep in the call stack.
import sys
def a():
    b()
def b():
    sys.exit(42)
a()
