# assert with and without messages.
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print('AssertionError', e)
try:
    x = [1]
    assert len(x) == 2, f'len is {len(x)}'
except AssertionError as e:
    print(e)
try:
    assert None, ('tuple', 'msg')
except AssertionError as e:
    print(e.args)
evaluated = []
assert True, evaluated.append('never')
print(evaluated)
