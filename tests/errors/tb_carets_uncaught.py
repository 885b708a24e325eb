# An uncaught exception: the interpreter's own printer draws the ~~^^ markers (whole stderr checked).
def outer(data):
    total = 0
    for key in data:
        total += inner(data, key)
    return total

def inner(data, key):
    return data[key]['count'] * 2 + len(data[key]['items'])

print(outer({'a': {'count': 1, 'items': [1]}, 'b': {'count': 2}}))
