# String and dict workload: build text, split it into words, count them in dicts, format reports.
import sys

WORDS = ('alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike '
         'november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu').split()

def make_text(n):
    parts = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        w = WORDS[seed % len(WORDS)]
        if seed % 7 == 0:
            w = w.upper()
        elif seed % 5 == 0:
            w = w.capitalize() + ','
        parts.append(w)
        if i % 12 == 11:
            parts.append('\n')
    return ' '.join(parts)

def count_words(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            key = word.strip(',.').lower()
            counts[key] = counts.get(key, 0) + 1
    return counts

def bigrams(text):
    words = [w.strip(',').lower() for w in text.split()]
    pairs = {}
    for a, b in zip(words, words[1:]):
        k = a + '-' + b
        if k in pairs:
            pairs[k] += 1
        else:
            pairs[k] = 1
    return pairs

def report(counts):
    lines = []
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f'{word:>10} {n:6d} {"#" * (n * 40 // max(counts.values()))}')
    return '\n'.join(lines)

def main(n, rounds):
    text = make_text(n)
    for _ in range(rounds):
        counts = count_words(text)
        pairs = bigrams(text)
        rep = report(counts)
        enc = {w: ''.join(chr((ord(c) - 97 + 13) % 26 + 97) for c in w) for w in counts}
        dec = {v: k for k, v in enc.items()}
    print(len(text), len(counts), len(pairs), sum(pairs.values()))
    print(rep.splitlines()[0].strip())
    print(all(dec[enc[w]] == w for w in counts), sorted(enc.items())[:2])

main(int(sys.argv[1]) if len(sys.argv) > 1 else 60000, 30)
