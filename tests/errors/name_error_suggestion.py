# CPython 3.13 adds a suggestion for a misspelled name to the traceback's last line.
items = [1, 2, 3]
print(lenn(items))
