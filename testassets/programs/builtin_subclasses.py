class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__, sum(s), s + [9])


class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"


d = Default(a=1)
print(d["a"], d["zz"], d, len(d), "zz" in d)


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


u = Upper()
u["x"] = 1
print(u, u["X"], u["x"], list(u.items()))


class Tracked(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []

    def append(self, x):
        self.log.append(x)
        super().append(x)

    def __getitem__(self, i):
        return ("item", super().__getitem__(i))


t = Tracked("ab")
t.append("c")
print(t, t.log, t[0], t[-1], [x for x in t], repr(t), str(t))


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


ad = AttrDict(x=5, y=6)
print(ad.x + ad.y, hasattr(ad, "z"), ad)
