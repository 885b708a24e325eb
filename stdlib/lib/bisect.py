"""Bisection algorithms."""

# The functions are native (_bisect); this module only re-exports them.

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
