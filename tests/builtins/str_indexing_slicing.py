# str indexing and slicing are by code point.
s = 'héllo wörld 日本 \U0001F600!'
print(len(s), s[0], s[1], s[-1], s[-2] == '\U0001F600', s[12:14])
print(s[::-1])
print(s[::2], s[1::3], s[100:], s[-100:3], s[5:2], repr(s[5:2]))
t = 'abcdef'
print(t[1:4], t[:3], t[3:], t[-2:], t[:-2], t[::2], t[::-2], t[4:1:-1], t[-1:-4:-1])
print(t[slice(1, 5, 2)], t[slice(None, None, -1)])
try:
    t[10]
except IndexError as e:
    print('IndexError', e)
try:
    t[0] = 'x'
except TypeError as e:
    print('TypeError', e)
try:
    t['a']
except TypeError as e:
    print('TypeError', e)
try:
    t[::0]
except ValueError as e:
    print('ValueError', e)
print([c for c in 'añ日'], list(reversed('añ日')))
print('abc' * 3, 3 * 'ab', 'a' * 0, 'a' * -1, 'x' + 'y')
print('abc' < 'abd', 'Z' < 'a', 'a' < 'aa', 'é' > 'z', '' < 'a', 'abc' == 'abc')
try:
    'a' + 1
except TypeError as e:
    print('TypeError', e)
try:
    'a' < 1
except TypeError as e:
    print('TypeError', e)
