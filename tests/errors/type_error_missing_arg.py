# TypeError for a missing argument.
def greet(name, greeting):
    print(greeting, name)
greet('bob')
