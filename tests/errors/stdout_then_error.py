# Output printed before an error is flushed; the error goes to stderr.
for i in range(3):
    print('line', i)
raise KeyError('final')
