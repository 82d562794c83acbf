# Subclassing list and dict (supported), overriding methods, super() into built-in methods.
class History(list):
    def append(self, item):
        super().append(("v", item))
    def latest(self):
        return self[-1] if self else None
h = History()
h.append(1); h.append(2)
print(h, len(h), h.latest(), isinstance(h, list), type(h).__name__, h + [3], h[0])
class Sorted(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))
    def add(self, item):
        self.append(item)
        self.sort()
s = Sorted([3, 1, 2])
s.add(0)
print(s, s[0], list(reversed(s)), Sorted() == [], sum(Sorted([5, 5])))
class Registry(dict):
    def __missing__(self, key):
        value = self[key] = f"auto-{key}"
        return value
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
r = Registry()
r["A"] = 1
print(r, r["a"], r["new"], sorted(r), len(r), "new" in r)
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad, hasattr(ad, "z"), dict(ad) == {"x": 1, "y": 2})
class Counted(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.reads = 0
    def __getitem__(self, key):
        self.reads += 1
        return super().__getitem__(key)
c = Counted({"a": 1})
print(c["a"], c["a"], c.reads, c.get("a"), c.reads, list(c.items()))
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
st = Stack([1])
st.push(2)
print(st, st.peek(), st.pop(), st)
print(issubclass(History, list), History.__mro__[1] is list, list.__subclasses__() != [], isinstance(r, dict))
