# Version information (only things identical on CPython and Weft are printed).
import sys
print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 0))
print(type(sys.version).__name__, len(sys.version) > 0)
print(type(sys.implementation.name).__name__, sys.implementation.name == sys.implementation.name.lower())
print(callable(sys._is_gil_enabled), type(sys._is_gil_enabled()).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder)
