# TypeError subscripting an int.
n = 5
print(n[0])
