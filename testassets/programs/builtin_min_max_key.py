# min() and max(): iterables, several arguments, key=, default=, ties and errors.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 1]), max("hello"), min("b", "a", "c"))
print(min([], default="empty"), max((), default=None), min([7], default=0))
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(min(words, key=len), max(words, key=len), min(words), max(words))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
pairs = [(1, "b"), (1, "a"), (0, "z"), (1, "c")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(max([1, 1.0, True]), min([1, 1.0, True]), max(1.0, 1), min(True, 1))
print(max({3: "a", 9: "b", 1: "c"}), min(range(5, 10)), max(x * x % 7 for x in range(10)))
print(max(-0.0, 0.0), min(0.0, -0.0), max([2, 3], [2, 3, 0]), min((1, 2), (1,)))
print(max(1, 2, key=lambda x: -x), min(1, 2, key=None), max([5, 6], key=None))

class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "Ver(%s)" % self.s
vs = [Ver("1.10"), Ver("1.2"), Ver("1.9.1"), Ver("0.99")]
print(max(vs), min(vs))

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(min, [])
attempt(max, ())
attempt(max, 1)
attempt(min)
attempt(max, 1, "a")
attempt(min, [1, None])
attempt(max, 1, 2, default=0)
attempt(min, [1, 2], bogus=1)
attempt(max, [1, 2], key=len, other=2)
attempt(max, [3, 1], key=len)
attempt(min, iter([]), default=[])
