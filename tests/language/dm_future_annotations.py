# PEP 563: annotations stored as CPython's unparsed strings (spacing, parentheses, quotes).
from __future__ import annotations

def f(a: int, b: 'str' = 'x', *args: tuple[int, ...], c: list[int] | None = None, **kw: dict[str, int]) -> Later:
    return a

print(f.__annotations__)

class C:
    x: int
    y: Undefined[1, 2] = 3
    z: "quoted"
    w: (1, 2)
    v: lambda a, b=1, *c, d, **e: a + b * (c - d) ** 2 ** -e
    u: {1: 2, **m} | {1, 2} | [x for x in y if x] | {k: v for k, v in z}
    t: a if b else c
    s: not a and (b or c) and d < e <= f is not g not in h
    r: f(x, *y, z=1, **w)(g for g in h)
    q: a.b.c[1:2, ::3, 4:]
    p: 1 .real + 1.5 + 1e309 + 2j + -3 + ~4 + +5
    o: b'bytes' + 'str\n' + "it's" + 'say "hi"'
    n: f'{x!r:>{width}} {y=} {{lit}} {z:.2f}'
    l: x[a, b]
    k: x[(a, b)]
    j: x[()]
    g: a @ b // c % d << e >> f & g ^ h | i
    ff: (a + b) * c - (d - e) - (f - g)
    ee: a ** b ** c
    dd: (a ** b) ** c
    cc: -a ** b
    bb: (-a) ** b
    aa: x[1:2]
    ab: ...
    ac: None | True | False
    ad: [*a, *b]
    ae: (*a,)
    af: x[*a]
    ag: lambda: 1
    ah: lambda x, /, y: x
    ai: (a, b) if c else (d,)
    aj: 'a' 'b'
    ak: u'unicode'
    al: 0x10 + 0o7 + 1_000
    am: 1.0 + 0.1 + 1e100 + 123456789012345678901234567890
    an: {}
    ao: a[b][c].d(e)[f]
    ap: (not a) + b
    aq: -(a + b)
    ar: (a, *b)
    as_: a < (b < c)
    at: (a < b) < c

print(C.__annotations__)
x: int = 5
y: Foo.Bar
print(__annotations__)
import typing
def g(x: int) -> str: pass
print(typing.get_type_hints(g))
print(annotations)
