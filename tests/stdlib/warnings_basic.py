import warnings, sys, io

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("third"))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    print(w[0].lineno, w[0].filename == __file__, type(w[0].message).__name__)

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old_api()
    print(w[0].lineno, str(w[0].message))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("loop")
    print("default action:", len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print("ignored:", len(w))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("as error", UserWarning)
    except UserWarning as e:
        print("raised:", repr(e))

with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("always", category=RuntimeWarning)
    warnings.warn("skip me")
    warnings.warn("keep me", RuntimeWarning)
    print([str(x.message) for x in w])

print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "x = 1"), end="")
print(warnings.formatwarning("msg", FutureWarning, "file.py", 3, ""), end="")

buf = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter("always")
    def show(message, category, filename, lineno, file=None, line=None):
        print("custom:", message, category.__name__, lineno)
    warnings.showwarning = show
    warnings.warn("via custom")
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("bogus")
except ValueError as e:
    print("ValueError:", e)
with warnings.catch_warnings(record=True) as w:
    warnings.warn("default filters: DeprecationWarning in __main__ shows", DeprecationWarning)
    print(len(w))
warnings.warn("to stderr")
