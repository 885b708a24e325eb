# An exception propagating through several frames.
def level3():
    raise RuntimeError('deep failure')
def level2():
    level3()
def level1():
    try:
        level2()
    finally:
        print('level1 finally')
level1()
