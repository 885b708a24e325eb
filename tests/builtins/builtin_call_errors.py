# Argument errors of builtin functions and methods.
cases = [
    lambda: len(), lambda: len(obj=[1]), lambda: abs(1, 2), lambda: sorted(), lambda: sorted([1], None),
    lambda: [].append(), lambda: [].append(1, 2), lambda: 'x'.split(1), lambda: 'x'.join(), lambda: {}.get(),
    lambda: print(end=5), lambda: print(file=5, end=''), lambda: range(), lambda: range(1, 2, 3, 4),
    lambda: int('1', 2, 3), lambda: isinstance(1), lambda: getattr(1), lambda: chr(), lambda: ord('a', 'b'),
    lambda: min(), lambda: zip(1), lambda: enumerate(), lambda: 'abc'.replace('a'), lambda: [].pop(1, 2),
    lambda: dict(1), lambda: list(1), lambda: tuple(1, 2), lambda: set(1), lambda: str(1, 2, 3, 4),
    lambda: hash(), lambda: iter(), lambda: next(), lambda: 'x'.startswith(), lambda: {}.pop(),
]
for c in cases:
    try:
        c()
        print('no error')
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
