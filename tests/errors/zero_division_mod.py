# ZeroDivisionError from %.
print(10 % 0)
