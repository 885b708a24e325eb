# SyntaxError lines and carets as traceback.format_exc() prints them (compile() errors).
import traceback
for src in ['x = (1, 2', '  x = 1', 'a b c', 'f(**x, *y)', 'z = 1 +', 'def f(:\n  pass',
            'x = 1\n  y = 2\n', 'print "hi"', '1 = x', 'del f()', 'for x in range(3):\nprint(x)']:
    try:
        compile(src, 'f.py', 'exec')
    except SyntaxError:
        print(traceback.format_exc(limit=0))
