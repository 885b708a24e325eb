# KeyError with an int key.
{1: 'one'}[2]
