import types, sys
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a)
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]), types.SimpleNamespace())
print(types.SimpleNamespace({"k": 2}, z=3))
del ns.a
print(ns)
def f(): pass
def g(): yield
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(types.NoneType is type(None), types.FunctionType.__name__, types.ModuleType.__name__)
print(types.GeneratorType.__name__, types.MethodType.__name__, types.BuiltinFunctionType.__name__)
m = types.ModuleType("mymod", "doc here")
m.x = 5
print(m.__name__, m.__doc__, m.x)
mp = types.MappingProxyType({"a": 1})
print(mp["a"], len(mp), list(mp), "a" in mp)
try:
    mp["b"] = 2
except TypeError as e:
    print("TypeError:", e)
X = types.new_class("X", (C,), {}, lambda ns: ns.update({"v": 7}))
print(X.__name__, X.v, issubclass(X, C))
print(types.resolve_bases((int,)))
print(types.EllipsisType, types.NotImplementedType)
