print('not printed')
if True
    print('x')
