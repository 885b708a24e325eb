# ValueError from list.remove.
[1, 2].remove(3)
