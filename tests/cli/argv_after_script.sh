# Everything after the script goes to sys.argv untouched, even things that look like options.
weft="$1"
"$weft" data/show_argv.py
"$weft" data/show_argv.py plain -v --version -h --help -c 'print(1)' - -- -X dev
echo "status $?"
"$weft" data/show_argv.py 'with space' '' 'üñí'
