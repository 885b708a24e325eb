# import of .py files beside the script (via sys.path) and from-import.
import sys
sys.path.insert(0, 'mods')
import helper
print(helper.VALUE, helper.greet('bob'))
import helper as h2
print(h2 is helper)
from helper import greet, VALUE as V
print(greet('amy'), V)
print(helper.__name__, type(helper).__name__)
print('helper' in sys.modules, sys.modules['helper'] is helper)
import helper
print('imported twice, body ran once')
from star import *
print(public_a, public_b)
print('not_exported' in dir())
from nostar import *
print(shown, '_hidden' in dir())
try:
    from helper import missing_name
except ImportError as e:
    msg = str(e); print('ImportError', msg[:msg.index(' (')], msg.endswith('mods/helper.py)'))
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import raises_on_import
except ValueError as e:
    print('ValueError', e)
print('raises_on_import' in sys.modules)
