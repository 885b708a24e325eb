# Raising a BaseException subclass that is not an Exception.
class Fatal(BaseException):
    pass
try:
    raise Fatal('not caught by except Exception')
except Exception:
    print('wrong')
