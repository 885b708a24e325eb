# A small expression tokenizer, recursive-descent parser and evaluator.
class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f'{self.kind}:{self.value!r}'

def tokenize(src):
    i, out = 0, []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            out.append(Token('num', float(text) if '.' in text else int(text)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            out.append(Token('name', src[i:j]))
            i = j
        elif c in '+-*/()^,':
            out.append(Token('op', c))
            i += 1
        else:
            raise SyntaxError(f'bad character {c!r} at {i}')
    out.append(Token('end', None))
    return out

class Parser:
    def __init__(self, tokens, env):
        self.toks, self.pos, self.env = tokens, 0, env
    def peek(self):
        return self.toks[self.pos]
    def take(self, value=None):
        t = self.toks[self.pos]
        if value is not None and t.value != value:
            raise SyntaxError(f'expected {value!r}, got {t.value!r}')
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek().value in ('+', '-'):
            op = self.take().value
            r = self.term()
            v = v + r if op == '+' else v - r
        return v
    def term(self):
        v = self.power()
        while self.peek().value in ('*', '/'):
            op = self.take().value
            r = self.power()
            v = v * r if op == '*' else v / r
        return v
    def power(self):
        base = self.unary()
        if self.peek().value == '^':
            self.take()
            return base ** self.power()
        return base
    def unary(self):
        if self.peek().value == '-':
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        t = self.take()
        if t.kind == 'num':
            return t.value
        if t.kind == 'name':
            if self.peek().value == '(':
                self.take('(')
                args = [self.expr()]
                while self.peek().value == ',':
                    self.take()
                    args.append(self.expr())
                self.take(')')
                return self.env[t.value](*args)
            return self.env[t.value]
        if t.value == '(':
            v = self.expr()
            self.take(')')
            return v
        raise SyntaxError(f'unexpected {t!r}')

env = {'pi': 3.141592653589793, 'max': max, 'min': min, 'abs': abs, 'x': 10}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '10 / 4', '7 - -3', 'max(1, x, 3) * 2',
            'abs(-2.5) + min(4, 2)', '2 * pi', '1 / 0', '1 + ', '3 $ 4', 'y + 1']:
    try:
        print(f'{src!r:24} -> {Parser(tokenize(src), env).expr()!r}')
    except (ZeroDivisionError, SyntaxError, KeyError) as e:
        print(f'{src!r:24} -> {type(e).__name__}: {e}')
print(tokenize('f(1.5, y)'))
