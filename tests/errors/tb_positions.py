# FrameSummary positions (from code.co_positions() at tb_lasti).
import traceback
def f(x):
    return x['a'][0] + \
        1
try:
    f({'a': []})
except IndexError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
def g():
    raise KeyError('k')
try:
    g()
except KeyError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
print(next(f.__code__.co_positions()) is not None)
