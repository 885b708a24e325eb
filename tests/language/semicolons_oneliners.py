# Semicolons and one-line compound statements.
x = 1; y = 2; print(x + y)
if x: print('one-line if'); print('second statement in suite')
for i in range(3): print(i, end=' ')
print()
while x < 3: x += 1
print(x)
def f(): return 'one-line def'
print(f())
class C: attr = 'one-line class'
print(C.attr)
try: 1 / 0
except ZeroDivisionError: print('one-line except')
with open('mods/__init__.py') as fh: print(repr(fh.read()))
