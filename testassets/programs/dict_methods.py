# dict methods and views.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("a", 9), d.setdefault("d", 4), d)
print(d.pop("d"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
d.update({"e": 5}, f=6)
d.update([("g", 7)])
print(d)
print(d.popitem(), d)
e = d.copy(); e["a"] = 100; print(d["a"], e["a"])
print(dict(a=1, b=2), dict([("x", 1)]), dict({"k": "v"}, extra=0), dict.fromkeys("abc"), dict.fromkeys([1, 2], "v"))
print({**d, "a": 0}, d | {"z": 26}, {1: 1} == {1: 1.0}, {1: 2} != {1: 3})
d |= {"h": 8}
print(d)
keys = d.keys()
d["new"] = 1
print(keys, len(keys), "new" in keys)
print(d.keys() & {"a", "zzz"}, sorted(d.keys() | {"q"}), d.keys() - {"a", "b"} == set(d) - {"a", "b"})
print(list(reversed(d)))
del d["new"]
print(d)
try:
    del d["nope"]
except KeyError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v for k, v in zip("abc", range(3))}, {n: n * n for n in range(5) if n % 2})
m = {1: "int", 1.0: "float", True: "bool"}
print(m)
order = {}
order["z"] = 1; order["a"] = 2; order["m"] = 3
del order["a"]; order["a"] = 4
print(list(order))
print(d.clear(), d, bool(d), bool({0: 0}))
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("x", {}).get("q", "none"))
print(dict(zip(["one", "two"], [1, 2])), list({"b": 1, "a": 2}), min({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.values()))
class Missing(dict):
    def __missing__(self, key):
        return key * 2
mm = Missing(a=1)
print(mm["a"], mm["bc"], mm.get("bc"), "bc" in mm)
it = iter({"p": 1, "q": 2})
print(next(it), next(it))
dd = {"k": 1}
try:
    for key in dd:
        dd["other"] = 2
except RuntimeError as e:
    print(e)
print(repr({}), repr({"s": [1, {"t": ()}]}), {1: None}.__len__(), dict.__name__)
print({"a": 1}.items() == {("a", 1)}, ("a", 1) in {"a": 1}.items(), list({"a": 1}.values()) == [1])
