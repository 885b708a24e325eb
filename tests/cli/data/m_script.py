import sys
print("name:", __name__)
print("package:", repr(__package__))
print("argv[0] is the file:", sys.argv[0].endswith("m_script.py"), sys.argv[0] == __file__)
print("args:", sys.argv[1:])
print("path[0] is the current directory:", sys.path[0].endswith("data"))
if sys.argv[1:] == ["fail"]:
    raise SystemExit(3)
