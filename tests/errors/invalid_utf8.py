# A byte that is not valid UTF-8 in the source is a SyntaxError.
print('before')
s = 'café'
print(s)
