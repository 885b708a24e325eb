# callable().
class C:
    def __call__(self):
        return 'called'
class D:
    pass
print(callable(len), callable(print), callable(C), callable(C()), callable(D()), callable(5))
print(callable(lambda: 0), callable('s'.upper), callable(None), callable(int), callable([].append))
print(C()())
try:
    D()()
except TypeError as e:
    print('TypeError', e)
try:
    five = 5
    five()
except TypeError as e:
    print('TypeError', e)
try:
    s = 'str'
    s()
except TypeError as e:
    print('TypeError', e)
