import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}, costs $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(string.Template("$who and $missing").safe_substitute(who="x"))
try:
    string.Template("$who").substitute()
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$a ${b} $a").get_identifiers(), string.Template("$").is_valid())
class Pct(string.Template):
    delimiter = "%"
print(Pct("%x is %{y}").substitute(x=1, y=2))
f = string.Formatter()
print(f.format("{0} {1!r} {name:>6}|{2[k]} {3.real}", "a", "b", {"k": 9}, 3, name="n"))
print(f.format("{} {} {:{}}", 1, 2, 3, 5) + "|")
print(list(f.parse("a{0!r:>3}b{{c}}{x}")))
class Up(string.Formatter):
    def format_field(self, v, spec):
        return super().format_field(v, spec).upper()
print(Up().format("{} and {x}", "abc", x="def"))
try:
    f.format("{} {0}", 1)
except ValueError as e:
    print("ValueError:", e)
