# -m MODULE runs a module found on sys.path (the current directory first) as __main__, with
# sys.argv[0] set to its file; a package runs its __main__ submodule; errors as python's
# ("prog: No module named x", status 1; the program name is replaced by "prog" here).
weft="$1"
cd data
run() { "$weft" "$@" 2>&1 | sed -E 's#^[^ ]*(weft|python[0-9.]*): #prog: #'; echo "status ${PIPESTATUS[0]}"; }
run -m m_script a -b --c
run -m m_script fail
run -m mpkg x
run -m mpkg.tool y
run -m mpkg_nomain
run -m no_such_module
run -m mpkg.no_such
run -m no_such_pkg.mod
run -m math
run -c 'import sys; print(sys.argv)' -m x
run -mm_script joined
