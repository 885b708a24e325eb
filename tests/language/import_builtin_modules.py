# Import of Weft's own modules.
import sys
import math
import time
print(type(sys).__name__, math.__name__, time.__name__)
from math import sqrt, pi
print(sqrt(16.0), pi)
import math as m
print(m is math, m.floor(2.5))
from sys import argv
print(argv is sys.argv)
def local_import():
    import math
    return math.factorial(5)
print(local_import())
print('math' in sys.modules)
import sys, math
print('multiple names')
