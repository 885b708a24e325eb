# ImportError from a from-import of a missing name.
from sys import not_there
