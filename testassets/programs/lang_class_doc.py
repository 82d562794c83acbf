# A class's __doc__ is its own docstring or None; it is never inherited from a base.
class Base:
    """Base docstring."""


class NoDoc(Base):
    pass


class OwnDoc(Base):
    """Own."""


class Grand(NoDoc):
    x = 1


print(repr(Base.__doc__))
print(repr(NoDoc.__doc__))
print(repr(OwnDoc.__doc__))
print(repr(Grand.__doc__))
print(repr(NoDoc().__doc__))
print("__doc__" in vars(NoDoc), vars(NoDoc)["__doc__"])


class Assigned:
    __doc__ = "set by assignment"


print(Assigned.__doc__)


class Expression:
    "first" " part"


print(Expression.__doc__)


class NotFirst:
    x = 1
    "not a docstring"


print(NotFirst.__doc__)


def f():
    """function doc"""


print(f.__doc__, (lambda: 0).__doc__)
Made = type("Made", (Base,), {})
print(Made.__doc__)
Made2 = type("Made2", (), {"__doc__": "given"})
print(Made2.__doc__)
