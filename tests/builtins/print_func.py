# print with sep, end, file, flush.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=', ', end='!\n')
print('no newline', end='')
print(' continued')
print(1, 2.5, None, True, [1, 'x'], (1,), {'k': 'v'})
print('to stdout', file=sys.stdout)
print('flushed', flush=True)
print(*range(5), sep=':')
print('x', sep=None, end=None)
print('multi\nline')
print('', end='')
print(sep='-')
class S:
    def __str__(self):
        return 'custom str'
print(S())
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError', e)
try:
    print('x', bogus=1)
except TypeError as e:
    print('TypeError', e)
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collect()
print('into', 'object', file=c)
print(c.parts)
print('stderr line', file=sys.stderr)
