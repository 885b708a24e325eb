# NameError raised inside a function call chain.
def inner():
    return missing_global + 1
def outer():
    return inner()
print('calling')
outer()
