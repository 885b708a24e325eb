# sys.path and sys.modules.
import sys
print(type(sys.path).__name__, len(sys.path) > 0, all(isinstance(p, str) for p in sys.path))
print(sys.path[0].endswith('stdlib'))
print(type(sys.modules).__name__, 'sys' in sys.modules, sys.modules['sys'] is sys, '__main__' in sys.modules)
print(sys.modules['__main__'].__name__)
import math
print(sys.modules['math'] is math)
sys.path.append('/nonexistent/dir')
print(sys.path[-1])
print('sys.path[0] is the script directory:', sys.path[0] != '')
