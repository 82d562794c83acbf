class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + " (woof)"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def __str__(self):
        return f"puppy {self.name} aged {self.age}"


a = Animal("generic")
d = Dog("rex")
p = Puppy("bit", 1)
print(a.speak(), d.speak(), p.speak(), sep="\n")
print(a, d, p, [p], str(p), repr(p))
print(Animal.kind, Dog.kind, p.kind, isinstance(p, Animal), isinstance(d, Puppy), issubclass(Puppy, Animal))
print(type(p).__name__, Puppy.__mro__, Puppy.__bases__)


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __bool__(self):
        return bool(self.x or self.y)


v = Vector(1, 2)
w = Vector(3, 4)
print(v + w, v * 3, 3 * v, v == Vector(1, 2), v != w, len(v), v[1], list(v), -v)
print(sorted([w, v]), {v: "a"}[Vector(1, 2)], bool(Vector(0, 0)), max(v, w))


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1

    @classmethod
    def count(cls):
        return cls.instances

    @staticmethod
    def helper(x):
        return x * 2

    @property
    def double(self):
        return Counter.instances * 2


Counter()
Counter()
c = Counter()
print(Counter.count(), c.count(), Counter.helper(5), c.helper(6), c.double)


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v


t = Temp()
t.c = 25
print(t.c)
try:
    t.c = -300
except ValueError as e:
    print("error:", e)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
print(hasattr(d, "name"), getattr(d, "missing", "dflt"), d.__dict__, Dog.__name__)
setattr(d, "color", "brown")
print(d.color, vars(d))
try:
    d.nothing
except AttributeError as e:
    print(e)


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items


s = Stack().push(1).push(2)
print(list(s), 2 in s, 5 in s, [x * 10 for x in s])


class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt


head = None
for i in range(5):
    head = Node(i, head)
vals = []
while head:
    vals.append(head.val)
    head = head.next
print(vals)


class Meta:
    def __call__(self, x):
        return x + 1

    def __getattr__(self, name):
        return name.upper()


m = Meta()
print(m(41), m.hello, callable(m))
print(Animal.__init__ is Animal.__dict__["__init__"], type(Animal), type(3), type("s") is str)
