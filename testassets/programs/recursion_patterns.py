# Recursion: mutual recursion, memoisation, deep recursion with a raised limit, RecursionError caught.
import sys
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(7), is_even(7))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
memo = {}
def partitions(n, k=None):
    k = n if k is None else k
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]
print([partitions(n) for n in range(1, 15)], partitions(60))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(20000)
print(depth(15000))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError:
    print("limit back to", sys.getrecursionlimit())
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))
def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])
print(count_change(100, [50, 25, 10, 5, 1]))
def binary_strings(n, prefix=""):
    if n == 0:
        yield prefix
        return
    yield from binary_strings(n - 1, prefix + "0")
    yield from binary_strings(n - 1, prefix + "1")
print(list(binary_strings(3)))
def tree_sum(t):
    return t if isinstance(t, int) else sum(tree_sum(c) for c in t)
print(tree_sum([1, [2, 3, [4]], [[5]]]))
