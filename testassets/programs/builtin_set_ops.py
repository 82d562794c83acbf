# set operators and methods on small int sets (deterministic order), with errors.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, range(4))), sorted(a.difference([1], (2,))), sorted(a.symmetric_difference(range(3))))
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= b, a == {4, 3, 2, 1}, a != b, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
c = set(a)
c.add(10)
c.discard(99)
c.remove(1)
print(sorted(c), len(c), 10 in c, 1 in c)
c.update([20, 21], {22})
c.intersection_update(range(15), range(3, 30))
print(sorted(c))
c.difference_update({3})
c.symmetric_difference_update({4, 100})
print(sorted(c))
c |= {7}
c &= {7, 10, 100}
c -= {100}
c ^= {8}
print(sorted(c), c.copy() == c, c.copy() is c)
p = c.pop()
print(p in {7, 8, 10}, len(c))
c.clear()
print(c, set(), set("aab") == {"a", "b"}, {x % 3 for x in range(10)}, set(range(5)) - {0})
for bad in [lambda: c.remove(1), lambda: set().pop(), lambda: {[1]}, lambda: a | [1], lambda: a < [1], lambda: c.add({}), lambda: {1} + {2}, lambda: set(5)]:
    try:
        print(bad())
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print({1, 2} == frozenset({1, 2}), {1} | frozenset({2}) == {1, 2}, type({1} | frozenset({2})).__name__, type(frozenset({2}) | {1}).__name__)
print({1, 1.0, True}, {0, False, 0.0}, len({(1, 2), (1, 2)}), sorted({-1, 5, -3}), {None} | {None})
s = {3, 1, 2}
for x in list(s):
    s.discard(x)
print(s)
