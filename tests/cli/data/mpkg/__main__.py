import sys
print("mpkg/__main__:", __name__, repr(__package__), sys.argv[0].endswith("__main__.py"), sys.argv[1:])
