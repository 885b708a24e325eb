import argparse, sys, io

def run(parser, args):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        ns = parser.parse_args(args)
        print(ns)
    except SystemExit as e:
        print("exit", e.code)
    finally:
        sys.stderr = old
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")

p = argparse.ArgumentParser(prog="tool", description="Process some files and numbers.",
                            epilog="See the docs for more.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-v", "--verbose", action="store_true", help="be chatty")
p.add_argument("-q", "--quiet", action="store_false", dest="loud")
p.add_argument("-n", "--count", type=int, default=1, help="how many times")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-I", "--include", action="append", help="include dir")
p.add_argument("-d", action="count", default=0, help="debug level")
p.add_argument("--ratio", type=float, metavar="R")
p.add_argument("--tags", nargs="+")
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--opt", nargs="?", const="C", default="D")
p.print_help()
print(p.format_usage(), end="")
run(p, ["in.txt"])
run(p, ["in.txt", "o.txt", "-v", "-n", "3", "--mode", "slow", "-I", "a", "-Ib", "-ddd"])
run(p, ["--count=5", "x", "--tags", "t1", "t2", "--pair", "1", "2", "--opt", "-q"])
run(p, ["x", "--opt", "val", "--ratio", "2.5", "--verbose"])
run(p, ["--", "-x"])
run(p, [])
run(p, ["x", "--mode", "medium"])
run(p, ["x", "-n", "abc"])
run(p, ["x", "y", "z"])
run(p, ["x", "--bogus"])
run(p, ["x", "--tags"])
run(p, ["x", "-n"])
run(p, ["x", "--verb"])
run(p, ["-h"])

q = argparse.ArgumentParser(prog="calc")
q.add_argument("numbers", nargs="+", type=int)
q.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max)
ns = q.parse_args(["1", "2", "3", "--sum"])
print(ns.accumulate(ns.numbers), q.parse_args(["4", "-1"]).numbers)
run(q, ["--sum"])

g = argparse.ArgumentParser(prog="grp")
grp = g.add_mutually_exclusive_group()
grp.add_argument("--a", action="store_true")
grp.add_argument("--b", action="store_true")
ag = g.add_argument_group("extra", "Extra options.")
ag.add_argument("--x", default="1")
g.print_help()
run(g, ["--a"])
run(g, ["--a", "--b"])
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(b="x", a=1), "a" in ns, vars(ns))
print(p.parse_known_args(["x", "--zz", "1"]))
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % s)
    return v
r = argparse.ArgumentParser(prog="r")
r.add_argument("n", type=positive)
run(r, ["0"])
run(r, ["5"])
p3 = argparse.ArgumentParser(prog="p")
p3.add_argument("-v", action="store_true")
p3.add_argument("dst", nargs="?")
print(p3.parse_known_args(["-v", "x"]))
p2 = argparse.ArgumentParser(prog="p")
p2.add_argument("-v", action="store_true")
p2.add_argument("a")
p2.add_argument("b", nargs="*")
print(p2.parse_known_args(["x", "-v", "y", "z"]))
print(p2.parse_known_args(["-v", "x", "y"]))
