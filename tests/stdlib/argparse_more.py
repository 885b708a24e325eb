import argparse, sys, io

def run(parser, args):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    finally:
        sys.stderr = old
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")

p = argparse.ArgumentParser(prog="git")
p.add_argument("--debug", action="store_true")
sub = p.add_subparsers(dest="command", help="sub-command help")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
pu = sub.add_parser("push", help="update remote")
pu.add_argument("remote", nargs="?", default="origin")
pu.add_argument("--force", action="store_true")
p.print_help()
run(p, ["commit", "-m", "msg"])
run(p, ["--debug", "push", "up", "--force"])
run(p, ["push"])
run(p, ["commit"])
run(p, ["pull"])
run(p, [])
c.print_help()

f = argparse.ArgumentParser(prog="fmt", formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            description="A long description that should be wrapped because it "
                            "is much longer than the terminal width of eighty columns used here.")
f.add_argument("--level", type=int, default=3, help="the level")
f.add_argument("--name", default="x", help="a name for the thing being processed, with a help "
               "text long enough to wrap onto a second line")
f.add_argument("--flag", action=argparse.BooleanOptionalAction, default=False, help="toggle")
f.print_help()
print(f.parse_args(["--no-flag"]), f.parse_args(["--flag"]))
r = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="line one\n  indented two\nthree")
r.add_argument("--version", action="version", version="%(prog)s 1.0")
r.print_help()
run(r, ["--version"])
req = argparse.ArgumentParser(prog="req")
g = req.add_mutually_exclusive_group(required=True)
g.add_argument("--x", action="store_true")
g.add_argument("--y", action="store_true")
run(req, [])
print(req.format_usage(), end="")
e = argparse.ArgumentParser(prog="e")
e.add_argument("--items", action="extend", nargs="+", type=int)
e.add_argument("--c", action="append_const", const=1, dest="cs")
print(e.parse_args(["--items", "1", "2", "--items", "3", "--c", "--c"]))
e.set_defaults(extra=42)
print(e.parse_args([]), e.get_default("extra"))
