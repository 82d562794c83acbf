# dict views: keys/values/items, set operations on keys and items, live updates, reversed, errors.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), type(k).__name__, type(v).__name__, type(it).__name__)
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"})
print(sorted(it & {("b", 2), ("c", 0)}), sorted(it - {("b", 2)}), k.isdisjoint({"x"}), k.isdisjoint(["b"]), it.isdisjoint([("b", 2)]), it.isdisjoint({("b", 0)}), hasattr(v, "isdisjoint"))
print(list(reversed(d)), list(reversed(k)), list(reversed(d.items())), list(reversed(d.values())), type(reversed(d.values())).__name__)
print({"x": 1}.keys() == {"x": 2}.keys(), {"x": 1}.items() == {"x": 1}.items(), {"x": 1}.values() == {"x": 1}.values())
print(dict(zip(k, v)), {val: key for key, val in d.items()}, sorted(d, key=d.get), max(d.items(), key=lambda kv: kv[1]))
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d), sorted(d))
for bad in [lambda: k[0], lambda: d.values() | {1}, lambda: d["zz"], lambda: {}.popitem(), lambda: d.pop("zz"), lambda: dict([(1, 2, 3)])]:
    try:
        print(bad())
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
e = dict.fromkeys("xyz", 0)
print(e, dict.fromkeys([1, 2]), e.setdefault("x", 9), e.setdefault("w", 9), e, e.pop("w"), e.pop("w", "gone"), e.get("q"), e.get("q", "dflt"))
e.update({"x": 5}, y=6)
e.update([("z", 7)])
print(e, e | {"n": 1}, {"n": 1} | e, e.copy() == e, e.copy() is e)
e |= {"x": 0}
print(e, e.popitem(), e, list(iter(e)), dict(e, extra=True), dict(a=1, **{"b": 2}))
