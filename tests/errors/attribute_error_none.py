# AttributeError on None.
value = None
value.strip()
