# None, True/False, NotImplemented and Ellipsis: identity, repr, truthiness, arithmetic, and returned NotImplemented.
print(None, repr(None), type(None).__name__, None is None, None == None, None != 0, bool(None), str(None))
print(True, False, repr(True), int(True), float(False), str(True), True is True, True == 1, False == 0, True is not 1)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, Ellipsis, ..., ... is Ellipsis, type(...).__name__)
print(bool(...), [None, True, ...], {None: 1}[None], {True: "t"}[1], hash(None) == hash(None), True + 1, False * 5)
print(type(None)() is None, bool() is False, bool("x") is True, type(True)(0))
def nothing():
    pass
print(nothing(), nothing() is None, (lambda: None)(), print("inner") is None)
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.v + other.v)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.v == other.v
    def __repr__(self):
        return "Money(%d)" % self.v
print(Money(1) + Money(2), sum([Money(1), Money(5)]), Money(3) == Money(3), Money(3) == 3, Money(3) != "x")
for bad in [lambda: Money(1) + 1, lambda: "s" + Money(1), lambda: None < None, lambda: None + 1, lambda: len(None), lambda: None(), lambda: None[0], lambda: ... + 1]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(Money(1).__add__(5), Money(1).__eq__(2), (1).__add__(1.5), (1.5).__radd__(1), "a".__lt__(1))
x = None
print(x or "default", x and "never", True and "yes", False or 0, 0 or None, [] or {} or "last", 1 and 2 and 3)
print(not None, not 0, not "", not [0], True & False, True | False, True ^ True, ~True)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
