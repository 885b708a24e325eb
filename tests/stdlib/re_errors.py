# re: compile errors (type, message, msg/pos/lineno/colno) and bad arguments.
import re

pats = ['(a', 'a)', '*', 'a**', 'a{3,2}', r'\q', '[a', '[z-a]', r'(?P<1>a)', r'(?P=x)',
        r'(?P<a>a)(?P<a>b)', '(?z)', r'\1', r'(a)\2', '(?<=a+)b', '(?i', '(?', '(?#abc',
        r'x\\', '\\', 'a{,', '+a', '?', '(?<x)', '(?P', '(?Px)', r'(?(2)a|b)', '(?(1)a|b|c)',
        'ab(?i)c', r'[\d-z]', r'\x4', r'\u12', r'\777', '(?-i)', '(?i-i:a)', '(?a-u:a)', '(?au)',
        'a\n(b', '(?x)a\n(b', '(?L)a', r'\N{xx', r'(?P<a b>x)', '{1,2}', '^*', r'(?<=(?P<g>a)(?P=g))',
        '(?ms-:x)', '(?-:x)', r'[\A]', 'a{99999999999}', '(?(0)a)', '()' * 2 + r'\3']
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), type(e).__name__, '|', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p in [b'(a', b'\\q', b'(?u)a', b'[\xe9-a]']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, e, e.pattern)
for args in [('a', 5), (5, 'a'), ('a', b'a'), (b'a', 'a')]:
    try:
        re.match(*args)
    except TypeError as e:
        print('TypeError', e)
for f in [re.L, re.A | re.U]:
    try:
        re.compile('a', f)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(re.compile(re.compile('a')).pattern)
print(issubclass(re.error, Exception), re.error is re.PatternError)
e = re.error('boom', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.args)
print(re.error('plain').pos, str(re.error('plain')))
