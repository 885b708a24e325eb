# The type attribute cache: every change to a class must be seen by later lookups.

class Base:
    x = 1
    def m(self):
        return "Base.m"

class Mid(Base):
    pass

class Leaf(Mid):
    pass

objs = [Base(), Mid(), Leaf()]

def snapshot(tag):
    print(tag, [o.x for o in objs], [o.m() for o in objs], Leaf.x, Mid.x)

for _ in range(3):
    snapshot("start")

# Assigning a class attribute on the base reaches every subclass.
Base.x = 2
snapshot("base x=2")

# Shadowing in the middle class, then removing the shadow.
Mid.x = 10
snapshot("mid x=10")
del Mid.x
snapshot("del mid x")

# Monkey-patching a method after instances used the cached lookup.
def patched(self):
    return "patched " + type(self).__name__
Base.m = patched
snapshot("patched")
Leaf.m = lambda self: "leaf lambda"
snapshot("leaf m")
del Leaf.m
snapshot("del leaf m")

# Deleting the only definition: AttributeError afterwards.
del Base.x
for o in objs:
    try:
        o.x
    except AttributeError as e:
        print("AttributeError:", e)
Base.x = 3
snapshot("x back")

# Instance attributes shadow class attributes (non-data), data descriptors win.
o = Leaf()
o.x = "inst"
print(o.x)
Base.x = property(lambda self: "prop")
print(o.x, objs[0].x)
del Base.x
print(o.x)
try:
    objs[0].x
except AttributeError as e:
    print("AttributeError:", e)

# setattr / delattr / hasattr built-ins go through the same path.
for i in range(5):
    setattr(Mid, "y", i)
    print(hasattr(Leaf, "y"), Leaf.y, getattr(objs[2], "y"))
delattr(Mid, "y")
print(hasattr(Leaf, "y"), hasattr(objs[2], "y"))

# A loop that reads while another name changes every iteration.
class Counter:
    n = 0
total = 0
for i in range(200):
    Counter.n = i
    total += Counter().n
print(total)

# Dynamic names (not interned) and interned ones agree.
name = "".join(["dyn", "amic"])
setattr(Base, name, "dynamic value")
print(getattr(Leaf(), name), Leaf.dynamic)
setattr(Base, name, "changed")
print(getattr(Leaf(), "dyn" + "amic"), Leaf().dynamic)
