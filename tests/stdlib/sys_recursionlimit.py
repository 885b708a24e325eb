# getrecursionlimit / setrecursionlimit and RecursionError.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
try:
    depth(5000)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(20000)
print(sys.getrecursionlimit())
print(depth(5000))
sys.setrecursionlimit(1000)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('RecursionError', e)
print('still alive')
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError', e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print('TypeError', e)
