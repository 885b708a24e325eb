# A raised ValueError with a custom message.
def check(age):
    if age < 0:
        raise ValueError(f'age must be non-negative, got {age}')
check(5)
check(-3)
