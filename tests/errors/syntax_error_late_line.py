# The error is on the last line; nothing before it runs.
print('line 1')
print('line 2')
def f():
    return 1
else:
    pass
