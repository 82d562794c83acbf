# dict insertion order: reinsertion, deletion, update order, comprehension order, equality ignoring order.
d = {}
for k in ["b", "a", "c"]:
    d[k] = len(d)
print(d, list(d), list(d.values()))
d["a"] = 99
print(d)
del d["b"]
d["b"] = -1
print(d)
d.update({"z": 0, "a": 1})
print(d, d == {"a": 1, "c": 2, "b": -1, "z": 0}, list(d) == ["a", "c", "b", "z"])
e = dict.fromkeys("hello")
print(e, list(e))
f = {k: v for k, v in zip("zyx", range(3))}
print(f, dict(sorted(f.items())), dict(reversed(list(f.items()))))
g = dict([("one", 1), ("two", 2)], three=3)
g.setdefault("four", 4)
g.pop("one")
g["one"] = 1
print(g, g.popitem(), g)
h = {1: "a", 2: "b"}
h |= {0: "c", 1: "d"}
print(h, {**h, 5: "e", 1: "f"}, {5: "e", **h})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), max(counts, key=counts.get))
inv = {}
for word in "apple avocado banana blueberry cherry".split():
    inv.setdefault(word[0], []).append(word)
print(inv)
big = {i: i * i for i in range(20)}
for i in range(0, 20, 3):
    del big[i]
print(list(big)[:6], len(big), sum(big.values()))
nested = {"outer": {"inner": [1, {"deep": True}]}}
print(nested, nested["outer"]["inner"][1]["deep"], repr({"q": "it's"}), str({1: None}), {(): ()})
d2 = {"x": 1}
d2[1] = d2
print(d2)
