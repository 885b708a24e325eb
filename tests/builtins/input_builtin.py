# input() reads lines from stdin; the prompt goes to stdout.
name = input('Name? ')
print('Hello,', name)
age = int(input())
print('Next year:', age + 1)
line = input('> ')
print(repr(line))
print(repr(input()))
try:
    input('last? ')
except EOFError as e:
    print('EOFError', e)
