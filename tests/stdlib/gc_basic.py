import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, gc.collect() >= 0, gc.collect(0) >= 0)
print(len(gc.get_count()), type(gc.get_threshold()).__name__, len(gc.get_threshold()))
old = gc.get_threshold()
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
print(gc.garbage, type(gc.callbacks).__name__)
try:
    gc.collect(5)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError")
try:
    gc.set_threshold("a")
except TypeError as e:
    print("TypeError:", e)
