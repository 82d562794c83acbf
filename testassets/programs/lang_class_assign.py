# Assigning obj.__class__: allowed between heap types of the same layout, refused otherwise.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class WithSlots:
    __slots__ = ("x",)


class OtherSlots:
    __slots__ = ("y",)


class SameSlots:
    __slots__ = ("x",)


a = A()
a.value = 5
a.__class__ = B
print(type(a).__name__, a.who(), a.value, isinstance(a, B), isinstance(a, A))


def attempt(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)


attempt(A(), int)
attempt(A(), WithSlots)
attempt(WithSlots(), A)
attempt(WithSlots(), OtherSlots)
attempt(WithSlots(), SameSlots)
attempt(1, B)
attempt([], B)
attempt("s", A)
attempt(A(), 5)
try:
    del A().__class__
except TypeError as e:
    print("TypeError:", e)


class L(list):
    pass


class L2(list):
    pass


l = L([1, 2])
l.__class__ = L2
print(type(l).__name__, l)
attempt(L(), A)
attempt(A(), L)


class E(Exception):
    pass


class E2(Exception):
    pass


e = E("x")
e.__class__ = E2
print(type(e).__name__, e.args)
attempt(E(), A)
