# open() in text mode: read a committed file, write and read back a temporary file.
import time
with open('data/sample.txt') as f:
    print(f.read())
f = open('data/sample.txt', 'r', encoding='utf-8')
print(repr(f.readline()))
print(f.readlines())
f.close()
print(f.closed)
with open('data/sample.txt') as f:
    for i, line in enumerate(f):
        print(i, line.rstrip('\n'))
with open('data/sample.txt') as f:
    lines = list(f)
print(len(lines))
path = '/tmp/weft_open_text_' + str(time.time()).replace('.', '_') + '_' + str(id(lines)) + '.txt'
with open(path, 'w') as out:
    n = out.write('alpha\n')
    out.write('beta\n')
    print('wrote', n)
    print('gamma', file=out)
with open(path) as back:
    print(repr(back.read()))
with open(path, 'a') as out:
    out.write('delta\n')
with open(path) as back:
    print(back.read().splitlines())
with open(path, 'w') as out:
    out.write('overwritten')
print(open(path).read())
try:
    open('data/does_not_exist.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e)
try:
    open('data/sample.txt').write('x')
except Exception as e:
    print(isinstance(e, OSError), isinstance(e, ValueError), e)
