import sys
print("mpkg.tool:", __name__, repr(__package__), sys.argv[1:])
