print('pkg.sub: executing')
from . import sibling
def where():
    return __name__ + ' uses ' + sibling.NAME
