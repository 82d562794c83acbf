d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()), d.keys(), d.values(), d.items())
d.update({"d": 4}, e=5)
del d["a"]
print(d, d.pop("b"), d.pop("zz", None), d.setdefault("f", 6), d)
for k, v in d.items():
    print(k, v, end="; ")
print()
print({x: x * x for x in range(5)}, dict(zip("abc", range(3))), dict(a=1, b=2), dict([(1, 2)]))
print(dict.fromkeys("ab", 0), {**d, "g": 7}, d | {"h": 8})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple"}[(1, 2)], {None: 0}[None])
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
s = {3, 1, 2}
s.add(5)
s.discard(1)
print(s, len(s), 2 in s, {1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} - {2, 3}, {1, 2} ^ {2, 3})
print(set(), set([1, 1, 2]), frozenset([3, 4]), {x % 3 for x in range(10)}, {1, 2} <= {1, 2, 3})
print(sorted({"b", "a", "c"}), set(range(20)), {100, 5, 38, 9})
e = {}
print(e, bool(e), bool({0: 0}), list({"x": 1}), d.copy() == d, d.popitem(), d)
ks = {10: "a", 3: "b", 7: "c"}
print(sorted(ks), min(ks), max(ks.values()))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], str(nested))
print({1, 2}.union([3]), {1, 2, 3}.intersection({2, 3, 4}), {1, 2}.issubset({1, 2, 3}), {5, 6}.isdisjoint({7}))
