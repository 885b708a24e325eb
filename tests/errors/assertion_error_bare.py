# Failing assert without a message.
assert 1 == 2
