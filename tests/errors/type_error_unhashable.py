# TypeError for an unhashable dict key.
d = {}
d[[1, 2]] = 'list key'
