print(sorted(vars()))
