# frozenset: hashing, use as dict keys and set members, operations returning frozensets, immutability.
f = frozenset([3, 1, 2, 3])
g = frozenset(range(2, 6))
print(sorted(f), len(f), 2 in f, sorted(f | g), sorted(f & g), sorted(f - g), sorted(f ^ g), type(f | g).__name__)
print(f == {1, 2, 3}, f == frozenset({1, 2, 3}), hash(f) == hash(frozenset([1, 2, 3])), f < g, f <= frozenset(range(5)), frozenset() == set())
print(sorted(f.union([7])), sorted(f.intersection(g)), sorted(f.difference(g)), sorted(f.symmetric_difference(g)), f.isdisjoint({9}))
print(type(f.copy()).__name__, f.copy() is f, frozenset(f) is f, type(f.union()).__name__)
groups = {frozenset({"a", "b"}): "ab", frozenset({"c"}): "c"}
print(groups[frozenset({"b", "a"})], frozenset({"c"}) in groups, len(groups))
nested = {frozenset({1}), frozenset({1}), frozenset({2, 1})}
print(len(nested), sorted(sorted(s) for s in nested))
print(frozenset(), repr(frozenset()), repr(frozenset({5})), frozenset("aa"), frozenset({frozenset()}))
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(name, hasattr(f, name))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    f |= {9}
    print(sorted(f), type(f).__name__)
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset([[1]])
except TypeError as e:
    print("TypeError:", e)
s = {1, 2}
try:
    {s}
except TypeError as e:
    print("TypeError:", e)
print({frozenset(s)}, frozenset(s) | s == s | frozenset(s), type(s | frozenset()).__name__, type(frozenset() | s).__name__)
print(hash(frozenset()) == hash(frozenset([])), frozenset([1, 2]) in {frozenset([2, 1]): 1})
