# Line continuation, brackets, tabs and spaces.
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,  # comment inside brackets
    3,
]
print(values)
d = {'a': 1,
     'b': 2}
print(d)
def f(a,
      b):
	return a + b   # tab-indented body
print(f(1,
        2))
if True:
	if True:
		print('two tabs')
	print('one tab')
if (1 and
        2):
    print('continued condition')
x = (1
     + 2)
print(x)
# comment line
print('after comment')  # trailing comment
print("a # not a comment")
