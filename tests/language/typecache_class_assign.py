# __class__ assignment, metaclass attributes and descriptors added later, with cached lookups.

class A:
    kind = "A"
    def who(self):
        return "A.who"

class B:
    kind = "B"
    def who(self):
        return "B.who"

o = A()
for _ in range(3):
    print(o.kind, o.who())
o.__class__ = B
print(o.kind, o.who(), type(o).__name__)
o.__class__ = A
print(o.kind, o.who())
A.who = lambda self: "A.who patched"
o2 = A()
o2.__class__ = B
print(o.who(), o2.who())

# Metaclass attributes: looked up on the metaclass for the class object.
class Meta(type):
    tag = "meta tag"
    def describe(cls):
        return "Meta.describe " + cls.__name__

class K(metaclass=Meta):
    pass

class K2(K):
    pass

for _ in range(2):
    print(K.tag, K.describe(), K2.describe())
Meta.tag = "meta changed"
print(K.tag, K2.tag)
K.tag = "class own"
print(K.tag, K2.tag)
del K.tag
print(K.tag)
Meta.describe = lambda cls: "patched describe " + cls.__name__
print(K.describe(), K2.describe())
try:
    K().tag
except AttributeError as e:
    print("AttributeError:", e)

# A data descriptor on the metaclass wins over the class dict.
Meta.special = property(lambda cls: "meta property")
K.__dict__  # touch
print(K.special)

# Descriptors added later to a base class after instance-dict lookups were cached.
class P:
    pass
class Q(P):
    pass
q = Q()
q.val = "instance"
for _ in range(3):
    print(q.val)
P.val = property(lambda self: "property wins", lambda self, v: print("setter", v))
print(q.val)
q.val = 1
del P.val
print(q.val)

# classmethod / staticmethod replaced.
class S:
    @classmethod
    def make(cls):
        return "classmethod " + cls.__name__
class T(S):
    pass
print(T.make(), T().make())
S.make = staticmethod(lambda: "static now")
print(T.make(), T().make())

# __slots__ members and class attributes of the same class hierarchy.
class Sl:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
s = Sl()
print(s.a)
class Sl2(Sl):
    pass
Sl.b = "class b"
print(Sl2().b, s.b)

# Classes created at runtime with type() and changed afterwards.
Dyn = type("Dyn", (A,), {"kind": "Dyn"})
d = Dyn()
print(d.kind, d.who())
A.who = lambda self: "A.who again"
print(d.who())
Dyn.kind = "Dyn2"
print(d.kind, A().kind)

# Many subclasses, base changed.
subs = [type(f"S{i}", (A,), {}) for i in range(20)]
print(sorted({s().kind for s in subs}))
A.kind = "changed for all"
print(sorted({s().kind for s in subs}))

# super() sees base changes too.
class Base2:
    def f(self):
        return "Base2.f"
class Der(Base2):
    def f(self):
        return "Der.f+" + super().f()
print(Der().f())
Base2.f = lambda self: "Base2.f patched"
print(Der().f())

# A metaclass mro() that puts a class which is not a base into the MRO.
class Extra:
    extra = "Extra.extra"
class MroMeta(type):
    def mro(cls):
        if cls.__name__ == "Odd":
            return [cls, Extra, object]
        return super().mro()
class Odd(metaclass=MroMeta):
    pass
print([c.__name__ for c in Odd.__mro__], Odd.extra, Odd().extra)
