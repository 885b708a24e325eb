# os: directories, files, stat, rename/replace, errors with CPython's messages.
import os
import stat

base = '/tmp/weft_os_files_%d' % os.getpid()
os.mkdir(base)
try:
    print(os.path.isdir(base), os.path.exists(base), os.path.isfile(base))
    os.chdir(base)
    print(os.getcwd() == base)
    os.makedirs('a/b/c')
    os.makedirs('a/b/c', exist_ok=True)
    try:
        os.makedirs('a/b/c')
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror, e.filename)
    with open('a/f.txt', 'w') as f:
        f.write('hello\n')
    with open('a/b/g.txt', 'w') as f:
        f.write('x' * 100)
    print(sorted(os.listdir('a')))
    print(sorted(os.listdir(b'a')))
    st = os.stat('a/f.txt')
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st[stat.ST_SIZE])
    print(type(st).__name__, len(st), isinstance(st, tuple), type(st.st_mtime).__name__,
          type(st.st_mtime_ns).__name__, type(st[8]).__name__)
    print(os.path.getsize('a/b/g.txt'), stat.S_ISDIR(os.stat('a').st_mode))
    # scandir
    with os.scandir('a') as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else '-')
    # walk
    for root, dirs, files in os.walk('a'):
        dirs.sort()
        print(root, dirs, sorted(files))
    for root, dirs, files in os.walk('a', topdown=False):
        print(root, sorted(dirs), sorted(files))
    # rename, replace
    os.rename('a/f.txt', 'a/h.txt')
    print(sorted(os.listdir('a')))
    with open('a/i.txt', 'w') as f:
        f.write('i')
    os.replace('a/i.txt', 'a/h.txt')
    with open('a/h.txt') as f:
        print(repr(f.read()))
    try:
        os.rename('nope', 'other')
    except FileNotFoundError as e:
        print(e)
        print(e.filename, e.filename2)
    try:
        os.remove('nope')
    except FileNotFoundError as e:
        print(e)
    try:
        os.rmdir('a')
    except OSError as e:
        print(type(e).__name__, e.errno == 39)
    try:
        os.mkdir('a')
    except FileExistsError as e:
        print(e)
    try:
        os.listdir('a/h.txt')
    except NotADirectoryError as e:
        print(e)
    try:
        os.stat('missing/file')
    except FileNotFoundError as e:
        print(e)
    try:
        open('a')
    except IsADirectoryError as e:
        print(e)
    # symlinks
    os.symlink('h.txt', 'a/link')
    print(os.path.islink('a/link'), os.readlink('a/link'), os.path.isfile('a/link'))
    print(stat.S_ISLNK(os.lstat('a/link').st_mode), stat.S_ISLNK(os.stat('a/link').st_mode))
    print(os.path.realpath('a/link') == os.path.join(base, 'a', 'h.txt'))
    print(os.path.samefile('a/link', 'a/h.txt'))
    os.unlink('a/link')
    # access, chmod, utime, truncate
    print(os.access('a/h.txt', os.F_OK), os.access('nope', os.F_OK), os.access('a/h.txt', os.R_OK | os.W_OK))
    os.chmod('a/h.txt', 0o600)
    print(oct(stat.S_IMODE(os.stat('a/h.txt').st_mode)))
    os.utime('a/h.txt', (1000000000, 1500000000))
    st = os.stat('a/h.txt')
    print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[8])
    os.utime('a/h.txt', ns=(5, 2500000000))
    print(os.stat('a/h.txt').st_mtime_ns, os.path.getmtime('a/h.txt'))
    os.truncate('a/h.txt', 0)
    print(os.path.getsize('a/h.txt'))
    # removedirs
    os.remove('a/b/g.txt')
    os.removedirs('a/b/c')
    print(os.path.exists('a/b'), os.path.exists('a'))
finally:
    os.chdir('/')
    for root, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            p = os.path.join(root, name)
            if os.path.islink(p):
                os.remove(p)
            else:
                os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))
