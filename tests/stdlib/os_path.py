# os.path (posixpath): pure string functions, str and bytes.
import os.path as p
import os

cases = ['', '/', '//', '///', 'a', 'a/', '/a', '/a/', 'a/b', 'a/b/', '/a/b/c.txt', 'a//b', 'a/./b',
         'a/../b', '../a', './a', '.', '..', '/..', '/../a', 'a/b/../../..', '.bashrc', 'a/.bashrc',
         'a.b/c', 'archive.tar.gz', 'a..', '...', 'a.', '//a/b', '///a//b/', 'x/y/', 'a/b.c.d/']
for c in cases:
    print(repr(c), p.split(c), p.splitext(c), repr(p.basename(c)), repr(p.dirname(c)),
          repr(p.normpath(c)), p.isabs(c), p.splitroot(c))
print(p.join('a', 'b', 'c'), p.join('/a', '/b', 'c'), p.join('a/', 'b'), p.join('', 'x'), p.join('a', ''))
print(p.join(b'a', b'b'), p.split(b'/x/y'), p.splitext(b'f.py'), p.normpath(b'a//b/../c'))
try:
    p.join('a', b'b')
except TypeError as e:
    print(e)
try:
    p.join('a', 3)
except TypeError as e:
    print(e)
try:
    p.join(3)
except TypeError as e:
    print(e)
print(p.commonprefix(['/usr/lib', '/usr/local', '/usr/libx']), repr(p.commonprefix([])))
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.commonpath(['a/b/c', 'a/b/d', 'a/b']))
print(p.commonpath([b'/a/b', b'/a/c']))
for bad in ([], ['/a', 'b']):
    try:
        p.commonpath(bad)
    except ValueError as e:
        print(e)
print(p.relpath('/a/b/c', '/a'), p.relpath('/a', '/a/b/c'), p.relpath('/a/b', '/a/b'), p.relpath('/x/y', '/a/b'))
try:
    p.relpath('')
except ValueError as e:
    print(e)
os.environ['WEFT_PATHVAR'] = 'value'
os.environ['HOME'] = '/home/someone'
print(p.expandvars('$WEFT_PATHVAR/x ${WEFT_PATHVAR}y $NOPE_WEFT ${NOPE_WEFT} $ ${ $1a'))
print(p.expandvars(b'$WEFT_PATHVAR/x'))
print(p.expanduser('~/x'), p.expanduser('~'), p.expanduser('a/~'), p.expanduser(b'~/y'))
print(p.abspath('/a/../b/./c'), p.abspath('x') == p.join(os.getcwd(), 'x'))
print(p.normcase('A/B'), p.splitdrive('/a/b'), p.sep, p.curdir, p.pardir)
print(p.exists('/'), p.isdir('/'), p.isfile('/'), p.islink('/'), p.ismount('/'), p.exists('/no/such/path'))
print(p.exists(''), p.isdir('/no/such'), p.lexists('/'))
print(p.realpath('/') , p.realpath('/usr/../usr/./bin/..'))
