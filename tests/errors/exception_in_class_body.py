# An exception raised in a class body.
class Broken:
    x = 1 / 0
