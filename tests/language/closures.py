# Closures and cells.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())
def cell_after_def():
    def get():
        return v
    v = 'assigned later'
    return get()
print(cell_after_def())
def shared():
    data = []
    def add(x):
        data.append(x)
    def get():
        return list(data)
    return add, get
add, get = shared()
add(1); add(2)
print(get())
print(make_counter.__code__.co_cellvars, c1.__code__.co_freevars)
print(c1.__closure__[0].cell_contents)
def param_cell(x):
    def f():
        return x * 2
    return f
print(param_cell(21)())
