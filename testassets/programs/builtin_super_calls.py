# super(): zero-argument and explicit forms, cooperative multiple inheritance, classmethods, errors.
class A:
    def who(self):
        return ["A"]
    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__
class B(A):
    def who(self):
        return ["B"] + super().who()
    @classmethod
    def make(cls):
        return "B>" + super().make()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], B.make(), D.make())
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        self.rest = kw
class Left(Base):
    def __init__(self, left=None, **kw):
        super().__init__(**kw)
        self.log.append("Left:%s" % left)
class Right(Base):
    def __init__(self, right=None, **kw):
        super().__init__(**kw)
        self.log.append("Right:%s" % right)
class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Both")
b = Both(left=1, right=2, extra=3)
print(b.log, b.rest)
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L([1])
l.append(5)
print(l, type(l).__name__, len(l))
class NoBase:
    def m(self):
        return super().m()
try:
    NoBase().m()
except AttributeError as e:
    print("AttributeError:", e)
class P:
    x = "P.x"
class Q(P):
    x = "Q.x"
    def get(self):
        return self.x, super().x
print(Q().get())
