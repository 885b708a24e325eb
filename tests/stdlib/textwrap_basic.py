import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs. How vexingly quick daft zebras jump! A well-known long-term "
        "self-evident truth: supercalifragilisticexpialidocious words break.")
for w in (10, 20, 33, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 7))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 7, break_long_words=False))
print(textwrap.wrap("a\tb  c\nd", 5), textwrap.wrap("", 5), textwrap.wrap("   ", 5))
print(textwrap.wrap("  leading and trailing   ", 10))
print(textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("Hello there.  How are you? Fine.", 12, fix_sentence_endings=True))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world, this is long", width=15, placeholder="..."))
print(textwrap.wrap(text, 30, max_lines=3))
print(repr(textwrap.dedent("""
    def f():
        return 1
      
    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    a\n  b\n")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")))
print(repr(textwrap.indent("a\n\nb", "+ ", lambda line: True)))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
tw = textwrap.TextWrapper(width=15, break_on_hyphens=False)
print(tw.wrap("a well-known long-term problem"))
print(textwrap.wrap("x-y-z long-term e-mail --option a--b", 6))
print(__import__("textwrap").wrap("a--b c---d well--known-thing x-- --y", 4))
