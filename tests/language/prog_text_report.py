# String processing: parsing CSV-like text, aggregation with dicts, and formatted output.
raw = """name,dept,salary,start
Alice,Engineering,120000,2019-03-01
Bob,Sales,80000,2020-07-15
Carla,Engineering,135000,2017-11-20
Dan,Marketing,70000,2021-01-04
Eve,Sales,95000,2018-05-30
Frank,Engineering,99000,2022-09-12
"""
lines = raw.strip().splitlines()
header = lines[0].split(',')
rows = [dict(zip(header, line.split(','))) for line in lines[1:]]
for r in rows:
    r['salary'] = int(r['salary'])
    r['year'] = int(r['start'][:4])
by_dept = {}
for r in rows:
    by_dept.setdefault(r['dept'], []).append(r)
print(f"{'Department':<12}|{'Count':>6}|{'Average':>12}|{'Max':>10}| Names")
print('-' * 60)
for dept in sorted(by_dept):
    people = by_dept[dept]
    salaries = [p['salary'] for p in people]
    avg = sum(salaries) / len(salaries)
    names = ', '.join(sorted(p['name'] for p in people))
    print(f'{dept:<12}|{len(people):>6}|{avg:>12,.2f}|{max(salaries):>10,}| {names}')
senior = [r['name'] for r in sorted(rows, key=lambda r: (r['year'], r['name'])) if r['year'] < 2020]
print('Seniors:', senior)
initials = ''.join(r['name'][0] for r in rows)
print(initials, initials.lower(), initials[::-1], initials.count('A'))
words = 'the cat and the hat and the bat sat on the mat'.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(' '.join(w.capitalize() for w in words[:4]), '|', '_'.join(words[-3:]).upper())
table = [[str(i * j).rjust(3) for j in range(1, 6)] for i in range(1, 6)]
print('\n'.join(''.join(row) for row in table))
