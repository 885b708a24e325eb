# str find/index/count/startswith/endswith/replace/in.
s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.find('cat'), s.rfind('the'), s.rfind('o', 0, 20))
print(s.index('quick'), s.rindex('o'), s.count('o'), s.count('the'), s.count(''), 'aaaa'.count('aa'))
print(s.startswith('the'), s.startswith(('a', 'th')), s.endswith('dog'), s.endswith('do', 0, -1), s.startswith('quick', 4))
print(s.replace('the', 'a'), s.replace('o', '0', 2), 'aaa'.replace('a', 'bb'), 'abc'.replace('', '-'))
print('lo' in 'hello', 'hello'.find(''), 'hello'.find('', 10), ''.find(''))
try:
    s.index('cat')
except ValueError as e:
    print('ValueError', e)
try:
    s.startswith(['the'])
except TypeError as e:
    print('TypeError', e)
print('é日本'.find('本'), 'ab\U0001F600cd'.index('c'))
print('hello'.removeprefix('he'), 'hello'.removesuffix('lo'), 'hello'.removeprefix('x'))
