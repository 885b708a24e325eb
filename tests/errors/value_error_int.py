# ValueError from int().
int('not a number')
