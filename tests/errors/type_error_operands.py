# TypeError for unsupported operand types.
print('start')
result = 1 + 'a'
