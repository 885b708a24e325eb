import atexit, sys

def bye(name, punct="!"):
    print("bye", name + punct)

def never():
    print("never printed")

atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
atexit.register(never)
atexit.unregister(never)

@atexit.register
def decorated():
    print("decorated runs first")

def failing():
    raise ValueError("in atexit")
atexit.register(failing)
print(callable(atexit.register), callable(atexit.unregister))
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("main done")
sys.stdout.flush()
