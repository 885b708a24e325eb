# TypeError messages of operators applied to unsupported types.
NONE, KEY, FIDX = None, 'a', 1.0  # through names, so the compiler has nothing to warn about
cases = [
    lambda: [1] * 2.0, lambda: 'a' * 'b', lambda: {} + {}, lambda: -'a', lambda: ~1.5, lambda: +[],
    lambda: 1 < None, lambda: [] < (), lambda: {1} < [1], lambda: 'a' - 'b', lambda: 2 ** 'x',
    lambda: NONE(), lambda: (1, 2)[KEY], lambda: {}[[]], lambda: 1 in 5, lambda: 'a' in [[]] or 1 in 'a',
    lambda: [].x, lambda: len(5), lambda: 5 @ 5, lambda: 1 // 'a', lambda: 3 % [], lambda: b'a' + 'a',
    lambda: 'abc'[FIDX], lambda: [1, 2][NONE], lambda: divmod(1, 'a'), lambda: abs(None), lambda: 1 << 1.0,
    lambda: 'x' < 1.0, lambda: object() > object(), lambda: [1] + 'a', lambda: () + None,
]
for c in cases:
    try:
        c()
        print('no error')
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
