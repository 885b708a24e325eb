# ZeroDivisionError from // on ints.
print(10 // 0)
