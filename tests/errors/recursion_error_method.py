# Infinite recursion through a method and __getattr__-free property.
class Loop:
    @property
    def value(self):
        return self.value
Loop().value
