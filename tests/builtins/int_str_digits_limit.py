# CPython limits int<->str conversion of huge decimal numbers (4300 digits by default).
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 5000)
except ValueError as e:
    print('ValueError', e)
try:
    int('1' * 5000)
except ValueError as e:
    print('ValueError', e)
print(len(hex(10 ** 5000)), (10 ** 5000) % 9973)
