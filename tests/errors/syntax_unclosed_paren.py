print('not printed')
result = (1 + 2
print(result)
