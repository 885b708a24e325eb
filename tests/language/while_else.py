# while / else, break, continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i', i)
else:
    print('while else runs', i)
j = 0
while True:
    j += 1
    if j > 3:
        break
print('j', j)
k = 0
while k < 10:
    if k == 4:
        print('breaking at', k)
        break
    k += 1
else:
    print('not printed')
n = 0
while n:
    print('never')
else:
    print('else of empty loop')
count = 0
while count < 3:
    inner = 0
    while inner < 3:
        if inner == count:
            break
        inner += 1
    print(count, inner)
    count += 1
