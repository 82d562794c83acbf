# Object-oriented patterns: abstract base via NotImplementedError, mixins, composition,
# total ordering by hand, class-level registries, __repr__/__eq__/__hash__ consistency, properties.
class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__
    def __hash__(self):
        return hash((type(self).__name__, tuple(sorted(self.__dict__.items()))))
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rect({self.w}, {self.h})"
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    def __repr__(self):
        return f"Square({self.w})"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    def __repr__(self):
        return f"Circle({self.r})"
shapes = [Rect(2, 3), Square(2), Circle(1), Rect(1, 1)]
print(sorted(shapes), max(shapes), [s.describe() for s in shapes])
print(sorted(Shape.registry), Shape.registry["circle"](2).area())
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Rect(1, 2) == Rect(1, 2), Rect(1, 2) == Square(1), len({Rect(1, 2), Rect(1, 2), Square(2)}))
class JsonMixin:
    def to_json(self):
        parts = []
        for k, v in sorted(vars(self).items()):
            parts.append(f'"{k}": {v!r}'.replace("'", '"'))
        return "{" + ", ".join(parts) + "}"
class CompareMixin:
    def __le__(self, other):
        return self < other or self == other
class Employee(JsonMixin, CompareMixin):
    def __init__(self, name, salary):
        self.name, self.salary = name, salary
    def __lt__(self, other):
        return self.salary < other.salary
    def __eq__(self, other):
        return self.salary == other.salary
e1, e2 = Employee("ann", 100), Employee("bob", 100)
print(e1.to_json(), e1 <= e2, e1 < e2, [c.__name__ for c in Employee.__mro__])
class Engine:
    def start(self):
        return "engine started"
class Car:
    def __init__(self):
        self.engine = Engine()
    def start(self):
        return "car: " + self.engine.start()
print(Car().start())
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise ValueError(f"insufficient funds: {self._balance} < {amount}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    @classmethod
    def from_string(cls, text):
        owner, bal = text.split(":")
        return cls(owner, int(bal))
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
acct = Account.from_string("zoe:50").deposit(25).withdraw(10)
print(acct, acct.balance, acct.history)
for bad in (lambda: acct.withdraw(1000), lambda: acct.deposit(-5)):
    try:
        bad()
    except ValueError as e:
        print(e)
class Savings(Account):
    interest = 0.05
    def add_interest(self):
        return self.deposit(round(self.balance * self.interest, 2))
print(Savings("sam", 200).add_interest(), Savings.interest, Account.interest, isinstance(Savings("a"), Account))
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 0
        cls._instance.created += 1
        return cls._instance
print(Singleton() is Singleton(), Singleton().created)
class Observable:
    def __init__(self):
        self._listeners = []
    def subscribe(self, fn):
        self._listeners.append(fn)
        return fn
    def emit(self, *args):
        return [fn(*args) for fn in self._listeners]
bus = Observable()
@bus.subscribe
def on_event(name):
    return "handled " + name
bus.subscribe(lambda n: n.upper())
print(bus.emit("click"))
