# Deep (finite) recursion succeeds with a raised limit, then infinite recursion still fails cleanly.
import sys
sys.setrecursionlimit(12000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(10000))
def forever():
    return forever()
forever()
