# TypeError comparing unorderable types.
print([3, 'a'])
print(3 < 'a')
