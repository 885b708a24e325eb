# global and nonlocal declarations.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make_global():
    global created
    created = 'made inside'
make_global()
print(created)
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    mid()
    return x
print(outer())
y = 'module y'
def reads_global():
    return y
def shadows():
    y = 'local y'
    return y
print(reads_global(), shadows(), y)
def nested_global():
    def inner():
        global y
        y = 'changed'
    inner()
nested_global()
print(y)
def nonlocal_in_loop():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(nonlocal_in_loop())
