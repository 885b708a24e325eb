class MyError(Exception):
    def __init__(self, msg, code): super().__init__(msg); self.code = code
def level3(x):
    return {'a': 1}[x]
def level2(x):
    try:
        return level3(x)
    except KeyError as e:
        raise MyError('lookup failed', 7) from e
def gen():
    yield 1
    level2('zz')
def main():
    try:
        list(gen())
    except MyError as e:
        e.add_note('note here')
        raise
    finally:
        print('cleanup')
main()
