# An error while evaluating the except clause's expression.
try:
    1 / 0
except undefined_exception_name:
    pass
