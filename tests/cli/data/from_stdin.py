import sys
print('running from stdin, argv =', sys.argv)
print(sum(range(10)))
