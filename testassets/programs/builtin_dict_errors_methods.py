# dict construction and method errors: unhashable keys, wrong update input, KeyError reprs, get/pop/setdefault variants.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: {[1]: 2})
attempt(lambda: {}[[1]])
attempt(lambda: {"a": 1}["b"])
attempt(lambda: {}[("t", 1)])
attempt(lambda: {}[None])
attempt(lambda: {}[""])
attempt(lambda: dict(1))
attempt(lambda: dict([("a", 1), "bc", "d"]))
attempt(lambda: {}.update(5))
attempt(lambda: {}.update([(1,)]))
attempt(lambda: {}.pop())
attempt(lambda: {}.get())
attempt(lambda: {} | [])
attempt(lambda: {} < {})
attempt(lambda: {1: 2}.fromkeys(5))
attempt(lambda: dict({1: 2}, {3: 4}))
d = {"x": 1, "y": 2}
print(d.get("x"), d.get("z"), d.get("z", 0), d.pop("x"), d.pop("x", None), d.setdefault("y"), d.setdefault("n"), d)
print(dict(d), dict(d.items()), dict(zip(["p", "q"], [1, 2])), dict([["a", 1], ("b", 2)]), dict({"k": 1}, k=2), dict(dict=1))
print({**{"a": 1}, **{"a": 2, "b": 3}}, {k: v for k, v in [("a", 1), ("a", 2)]}, dict.fromkeys(range(3), []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self.k == other.k
    def __repr__(self):
        return "Key(%r)" % self.k
m = {Key(1): "one", Key(2): "two", Key(1): "uno"}
print(m, m[Key(2)], Key(3) in m)
attempt(lambda: m[Key(3)])
class Missing(dict):
    def __missing__(self, key):
        return key * 2
mm = Missing(a=1)
print(mm["a"], mm["zz"], mm.get("zz"), "zz" in mm, len(mm))
it = iter({"a": 1, "b": 2})
print(next(it), type(it).__name__, list(it))
