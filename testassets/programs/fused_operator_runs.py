# Operators whose operands are a local and a local or constant (the VM runs such a run of three
# instructions as one): results, exceptions inside and outside try, handlers that start in the
# middle of an expression, jumps into the run, and the traceback of an uncaught error.

def arithmetic(a, b):
    return a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, a << 1, a & b, a | 3, a ^ b


def float_arithmetic(a, b):
    return a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, a < b, a == 2.5


print(arithmetic(7, 3))
print(float_arithmetic(7.5, 2), float_arithmetic(2, 2.5))
print(arithmetic(2**70, 3)[:3], arithmetic(-7, 2))


def compare(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a == 3:
        out.append("eq3")
    out.append(a >= b)
    out.append(a != "x")
    while a < b:
        a += 1
    out.append(a)
    return out


print(compare(3, 5), compare(5, 3), compare(3.0, 3))


def subscripts(seq, i, d):
    return seq[i], seq[0], seq[-1], d[i], d["k"]


print(subscripts([10, 20, 30], 1, {1: "one", "k": "kay"}))
print(subscripts((10, 20, 30), 2, {2: "two", "k": None}))
print(subscripts("abc", 1, {1: 1, "k": 2}))


def errors(a, b, d):
    for label, thunk in (("div", lambda: a / b), ("key", lambda: d[a]), ("type", lambda: a + "s"),
                         ("index", lambda: [1][a]), ("cmp", lambda: a < "s")):
        try:
            thunk()
        except Exception as e:
            print(label, type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)


errors(5, 0, {})


def handled(a, b):
    try:
        x = a / b
    except (ZeroDivisionError, TypeError) as e:
        x = -1
        print("caught", e)
    try:
        y = a[b]
    except (TypeError, KeyError) as e:
        y = None
        print("caught", type(e).__name__, e)
    return x, y


print(handled(1, 0), handled({0: "z"}, 0))


def mid_expression(a, b, items):
    # The inlined comprehension opens a handler after `a` is pushed: a run across it must not fuse.
    return a + [b * x for x in items]


print(mid_expression([1], 2, [3, 4]))


def short_circuit(a, b):
    # `a and b < 3` jumps over the first load: the run is entered at its second instruction.
    return [a and b < 3, a or b + 1, (a if b < 0 else b) - 1]


print(short_circuit(0, 2), short_circuit(1, 2), short_circuit(5, -1))


class Weird:
    def __add__(self, other):
        return "weird+" + str(other)

    def __lt__(self, other):
        return "lt?"

    def __getitem__(self, key):
        return ("item", key)


def dunders(w, k):
    return w + k, w < k, w[k], w["c"]


print(dunders(Weird(), 2))


def augmented(a, b):
    a += b
    a *= 2
    return a


print(augmented(3, 4), augmented([1], [2]), augmented("x", "y"))


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Lazy:
    @property
    def boom(self):
        raise ValueError("boom")


def attributes(p, lazy):
    p.x = p.x + 1
    out = [p.x, p.y, p.norm1(), p.norm1.__name__]
    try:
        p.z = 1
    except AttributeError as e:
        out.append(str(e))
    try:
        out.append(p.missing)
    except AttributeError as e:
        out.append(str(e))
    try:
        lazy.boom
    except ValueError as e:
        out.append(("ValueError", str(e), e.__traceback__.tb_next.tb_lineno))
    s = "text"
    out.append(s.upper())
    return out


print(attributes(Point(1, -2), Lazy()))


class Recorder:
    def __init__(self):
        self.log = []
        self.data = {}

    def __getitem__(self, key):
        self.log.append(("get", key))
        return self.data.get(key, 0)

    def __setitem__(self, key, value):
        self.log.append(("set", key, value))
        self.data[key] = value


def augmented_items(v, d, r, k):
    v[0] += 1
    v[-1] *= k
    v[k] -= v[0]
    d["a"] += "!"
    r[k] += 5
    r["z"] -= 1
    try:
        d["missing"] += 1
    except KeyError as e:
        print("KeyError", e)
    try:
        v[10] += 1
    except IndexError as e:
        print("IndexError", e)
    total = v[0] + v[1]
    other = total * k
    return v, d, r.log, total, other


print(augmented_items([1, 2, 3], {"a": "x"}, Recorder(), 2))


def inner(a, b):
    return a - b


def outer(n):
    return inner(n, "text")


outer(1)
