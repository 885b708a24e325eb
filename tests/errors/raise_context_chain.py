# Implicit exception context: the last line is the exception raised in the handler.
try:
    1 / 0
except ZeroDivisionError:
    undefined_in_handler
