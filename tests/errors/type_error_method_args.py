# TypeError for wrong argument count to a method.
class C:
    def m(self, x):
        return x
C().m()
