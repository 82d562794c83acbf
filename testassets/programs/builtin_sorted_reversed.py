# sorted() and reversed(): key, reverse, stability, custom __reversed__ and errors.
data = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("Banana Apple cherry".split()), sorted("Banana Apple cherry".split(), key=str.lower))
print(sorted({"b": 1, "a": 2, "c": 0}), sorted({"b": 1, "a": 2, "c": 0}.items(), key=lambda kv: kv[1]))
print(sorted(range(10), key=lambda x: x % 3), sorted(range(10), key=lambda x: x % 3, reverse=True))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), sorted([3.5, 1, 2.25, True]))
print(sorted([], reverse=True), sorted(()), sorted("cba"), sorted((x for x in [3, 1, 2])))
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
print(sorted(by_age, key=lambda r: r[1], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed(range(10, 0, -3))), list(reversed({"x": 1, "y": 2})), list(reversed({"x": 1, "y": 2}.values())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r), type(reversed([])).__name__, type(reversed(range(3))).__name__)

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "item%d" % i
print(list(reversed(Seq())), sorted(Seq(), reverse=True))

class Custom:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Custom())))

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(sorted, [1, "a"])
attempt(sorted, [3, 1], lambda x: x)
attempt(sorted, 5)
attempt(reversed, {1, 2})
attempt(reversed, 7)
attempt(reversed, iter([1]))
attempt(sorted, [1, 2], key=5)
attempt(sorted, [[1], (1,)])
lst = [3, 1, 2]
print(lst.sort(), lst, lst.sort(reverse=True), lst)
