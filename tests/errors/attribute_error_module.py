# AttributeError on a module.
import math
math.no_such_function(1)
