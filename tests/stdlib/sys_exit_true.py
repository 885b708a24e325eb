# SystemExit(True) exits with status 1 and prints nothing on stderr.
print('raising SystemExit(True)')
raise SystemExit(True)
