def f():
    nonlocal undefined_binding
