# set and frozenset.
s = {3, 1, 2}
s.add(4); s.add(1)
print(sorted(s), len(s), 2 in s, 9 not in s)
s.discard(9); s.remove(4)
print(sorted(s))
try:
    s.remove(9)
except KeyError as e:
    print("KeyError", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([5, 6])))
print(a <= {1, 2, 3, 4, 5}, a < a, a <= a, {1} < a, a >= {1}, a > {1, 2, 3, 4}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}))
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {2}; c ^= {99}
print(sorted(c))
c.update([7], (8,)); c.intersection_update(range(9)); print(sorted(c))
c.difference_update({7}); c.symmetric_difference_update({1, 50}); print(sorted(c))
f = frozenset([1, 2, 2, 3])
print(sorted(f), len(f), f == {1, 2, 3}, hash(f) == hash(frozenset({3, 2, 1})), type(f | {4}).__name__, type({4} | f).__name__)
print({f: "frozen key"}[frozenset({1, 2, 3})])
try:
    f.add(1)
except AttributeError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
print(set(), frozenset(), set("aab") == {"a", "b"}, {1, 2} == frozenset({1, 2}), repr({5}), repr(frozenset({5})))
e = set()
try:
    e.pop()
except KeyError as ex:
    print(ex)
print(sorted({x % 3 for x in range(10)}), {n for n in ()}, sorted(set(range(5)) - set(range(2))))
p = {1, 2}
q = p.copy(); q.add(3); print(sorted(p), sorted(q))
p.clear(); print(p, bool(p))
print(sorted({1, 2, 3} & frozenset({2, 3, 4})), {1, 2}.union(), 1 in frozenset([1]))
print({True, 1, 1.0}, {0, False, 0.0}, len({(1, 2), (1, 2)}), sorted({-1, -5, 3}), max({4, 9, 2}), sum({1, 2, 3}))
