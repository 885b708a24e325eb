# re: match/search/fullmatch, groups, named groups, Match and Pattern objects.
import re

def show(m):
    if m is None:
        print(None)
    else:
        print(repr(m), m.groups(), m.span(), m.lastindex, m.lastgroup)

cases = [
    ('a+', 'aaab'), ('a*?', 'aaa'), ('(a)(b)?', 'ac'), ('(a|b)*c', 'ababc'),
    (r'\d+', 'x123y'), (r'\w+', 'héllo wörld'), (r'\s+', 'a \t\nb'),
    ('[a-c]+', 'abcd'), ('[^a-c]+', 'abcdef'), ('a{2,3}', 'aaaa'), ('a{,2}', 'aaa'),
    ('a{2}', 'a'), ('x{', 'x{'), ('x{1,a}', 'x{1,a}'), ('(?i)hello', 'HeLLo'),
    ('^abc$', 'abc\n'), ('(?m)^b', 'a\nb'), ('a.c', 'a\nc'), ('(?s)a.c', 'a\nc'),
    (r'\bfoo\b', 'a foo b'), (r'\Bo', 'foo'), (r'(\w)\1', 'hello'), (r'(?P<x>a)(?P=x)', 'aa'),
    (r'a(?=b)', 'ab'), (r'a(?!b)', 'ab ac'), (r'(?<=a)b', 'ab'), (r'(?<!a)b', 'ab cb'),
    (r'(a)?(?(1)b|c)', 'c'), (r'(a)?(?(1)b|c)', 'ab'), (r'(?>a+)b', 'aaab'), (r'a++b', 'aaab'),
    (r'a*+a', 'aaa'), (r'(?:ab)+', 'ababx'), (r'(a)|(b)', 'b'), (r'((a)b)', 'ab'),
    (r'(?x) a b  # comment', 'ab'), (r'[\d.]+', '3.14'), (r'[]a]+', ']a]'), (r'[a-]+', '-a-'),
    (r'\x41\u00e9\101', 'Aé A'), (r'\x41\u00e9', 'Aé'), (r'.*', ''), (r'a|ab|abc', 'abc'),
    (r'(a*)*', 'aaa'), (r'(a*)+b', 'aab'), (r'(a|)*', 'aa'), (r'(?:a?)*?b', 'aab'),
    (r'\Aab\Z', 'ab'), (r'$', 'ab\n'), (r'[[:alpha:]]', 'a:]'), (r'(?i)[a-z]+', 'ABCdef'),
    (r'(?i)ß', 'SS'), (r'(?i)k', '\u212a'), (r'(?i:a)b', 'Ab'), (r'(?i:a)b', 'AB'),
    (r'(?a)\w+', 'héllo'), (r'\d', '٣'), (r'(?a)\d', '٣'), (r'[\s\S]+', 'a\nb'),
    (r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe'), (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'),
]
for pat, s in cases:
    print(pat, repr(s))
    show(re.match(pat, s))
    show(re.search(pat, s))
    show(re.fullmatch(pat, s))

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'Jane Doe')
print(m.group(), m.group(1), m.group('last'), m.group(1, 'last', 0), m['first'], m[2])
print(m.groupdict(), m.groupdict('-'), m.groups('x'))
print(m.start(), m.end(), m.span(2), m.start('opt'), m.span('opt'), m.regs)
print(m.re, m.string, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(m.expand(r'\2, \1 \g<first> \g<0>!'))
for bad in (3, 'nope', -1, 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)

p = re.compile(r'(\d+)-(\d+)', re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p.search('a 12-34 b', 3), p.search('a 12-34 b', 0, 5), p.match('12-34', 1), p.match('x12-34', 1))
print(p.fullmatch('12-34'), p.fullmatch('12-345', 0, 5))
print(re.compile('a'), re.compile('a', re.S), re.compile(b'a', re.I), re.compile('(?ix)a'))
print(re.compile(r'(?P<n>a)(b)').groupindex)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I))
print(re.compile('abc') is re.compile('abc'))
print(re.I, re.M | re.I, re.A | re.X, re.NOFLAG, ~re.I & re.M, int(re.S), re.I.value, re.I.name, re.I | 1024)
print(re.I == 2, isinstance(re.I, int), re.IGNORECASE & 2)
print(re.escape('a.b*c?d+(e)[f]{g}|h^i$j\\k l#m&n~o-p\tq'), re.escape(b'a.b c'), re.escape('héllo wörld'))
print(re.match('(a)(?:b)(c)', 'abc').lastindex, re.match('(a)(b(c))', 'abc').lastindex, re.match('(a(b))', 'ab').lastindex)
print(bool(re.match('', '')), re.match('', 'x'))
