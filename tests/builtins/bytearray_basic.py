# bytearray: a mutable bytes sequence.
ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[-1], ba[1:3])
ba[0] = 72
ba.append(33)
ba.extend(b' ok')
print(ba, bytes(ba))
ba[1:3] = b'EE'
del ba[-3:]
print(ba, ba.decode(), list(ba[:2]))
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray() == b'')
print(ba == b'HEllo!', ba.find(b'l'), ba.count(b'l'), ba.upper(), ba.pop(), ba)
try:
    ba[0] = 256
except ValueError as e:
    print('ValueError', e)
try:
    ba.append('x')
except TypeError as e:
    print('TypeError', e)
try:
    hash(ba)
except TypeError as e:
    print('TypeError', e)
print(type(ba).__name__, isinstance(ba, bytearray))
