# Multiple inheritance and C3 MRO.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
class Left:
    def who(self): return 'Left'
class Right:
    def who(self): return 'Right'
    def only_right(self): return 'only right'
class Both(Left, Right): pass
b = Both()
print(b.who(), b.only_right())
class Diamond_Top:
    def hello(self): return ['Top']
class DL(Diamond_Top):
    def hello(self): return ['DL'] + super().hello()
class DR(Diamond_Top):
    def hello(self): return ['DR'] + super().hello()
class Bottom(DL, DR):
    def hello(self): return ['Bottom'] + super().hello()
print(Bottom().hello())
print([k.__name__ for k in Bottom.__mro__])
try:
    class Bad(A, O, B): pass
    print('created')
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(O, A): pass
except TypeError as e:
    print('TypeError', e)
