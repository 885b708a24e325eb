def f():
    """doc"""
print(f.__doc__ if False else "ok")
