# Packages: __init__, submodules, relative imports.
import mods.pkg
print(mods.pkg.PKG_NAME)
import mods.pkg.sub
print(mods.pkg.sub.where())
from mods.pkg import sub
print(sub is mods.pkg.sub)
from mods.pkg.sibling import NAME
print(NAME)
import mods.pkg.sub as s
print(s.where())
from mods import pkg
print(pkg.__name__, hasattr(pkg, 'sub'), hasattr(pkg, 'sibling'))
import sys
print(sorted(k for k in sys.modules if k.startswith('mods')))
