# A file that does not compile: nothing runs.
print('this must not be printed')
x = = 1
