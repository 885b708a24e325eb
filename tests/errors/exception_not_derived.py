# Raising something that is not an exception.
class NotAnException:
    pass
raise NotAnException()
