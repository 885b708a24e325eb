# TypeError concatenating str and int.
x = 'count: ' + 5
