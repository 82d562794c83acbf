class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __eq__(self, other):
        return type(self) is type(other) and self.area() == other.area()

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Rect(2, 3), Square(2), Circle(1), Rect(1, 4)]
for s in sorted(shapes):
    print(s.describe())
print(Shape.count, Square(2) == Rect(2, 2), Square(2) == Square(2), Rect(1, 4) == Square(2))
try:
    Shape("x").describe()
except NotImplementedError as e:
    print("abstract", type(e).__name__)
try:
    hash(Rect(1, 1))
except TypeError as e:
    print(e)
print(isinstance(Square(1), Rect), Square.__mro__[1].__name__, Square.__base__.__name__)


class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.registered = True


class Child(Base):
    pass


print(Child.registered)


class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit must be positive")
        self.balance += amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

    def __format__(self, spec):
        return f"{self.owner}:{self.balance:{spec}}"


acc = Account("ann").deposit(100).deposit(50)
print(acc, f"{acc:>8}", format(acc, "08d"))
Account.interest = 0.05
print(acc.interest, Account.interest)
acc.interest = 0.1
print(acc.interest, Account.interest)
del acc.interest
print(acc.interest)


class Slots:
    def __getitem__(self, key):
        return key * 2

    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)

    def __contains__(self, x):
        return x == 1

    def __call__(self, *args, **kwargs):
        return args, kwargs

    def __iter__(self):
        yield from [1, 2, 3]


s = Slots()
s[3] = 4
del s["k"]
print(s[5], s["ab"], 1 in s, 2 in s, s(1, a=2), list(s), sum(s))


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    __radd__ = __add__

    def __iadd__(self, o):
        self.v += o.v if isinstance(o, Num) else o
        return self

    def __repr__(self):
        return f"Num({self.v})"

    def __truediv__(self, o):
        return NotImplemented

    def __rtruediv__(self, o):
        return f"rtruediv {o}"


n = Num(1)
n += 5
print(n, 1 + n, n + Num(2), sum([Num(1), Num(2)], Num(0)), 3 / n)
try:
    n / 3
except TypeError as e:
    print(e)
print(type(n).__name__, n.__class__.__name__, Num.__qualname__, Num.__module__)


class Outer:
    class Inner:
        pass

    def method(self):
        def local():
            pass
        return local


print(Outer.Inner.__qualname__, Outer().method().__qualname__, Outer.method.__qualname__)
print(repr(Outer.Inner()).split(" at ")[0])
