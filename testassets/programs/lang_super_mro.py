# super() and the C3 MRO: cooperative calls, diamonds, super in classmethods, errors.
class A:
    def who(self): return ["A"]
    @classmethod
    def make(cls): return f"A.make for {cls.__name__}"
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
    @classmethod
    def make(cls): return "D:" + super().make()
print(D().who())
print([k.__name__ for k in D.__mro__])
print(D.make())
print(super(B, D()).who())
print(super(C, D()).who())
class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)
class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
Both(left=1, right=2, extra=3)
print([k.__name__ for k in Both.mro()])
try:
    class X(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class O1: pass
class O2: pass
class M1(O1, O2): pass
class M2(O2, O1): pass
try:
    class Bad(M1, M2): pass
except TypeError as e:
    print(type(e).__name__, e)
class P:
    x = "P.x"
    @property
    def prop(self): return "P.prop"
class Q(P):
    x = "Q.x"
    @property
    def prop(self): return "Q.prop+" + super().prop
    def get(self): return super().x
print(Q().prop, Q().get())
class Lst(list):
    def append(self, v):
        super().append(v * 10)
l = Lst(); l.append(1); l.append(2)
print(l)
def outside(self):
    return super(E, self).who()
class E(A):
    pass
E.who2 = outside
print(E().who2())
class F(A):
    def nested(self):
        def inner():
            return super(F, self).who()
        return inner()
    def lam(self):
        return (lambda: super(F, self).who())()
print(F().nested(), F().lam())
try:
    super(int, "s")
except TypeError as e:
    print(type(e).__name__, e)
class G:
    def m(self):
        return super().missing
try:
    G().m()
except AttributeError as e:
    print(type(e).__name__, e)
print(type(super(B, B())).__name__)
class H(A):
    def who(self):
        return super().who() + ["H", __class__.__name__]
print(H().who())
def no_args():
    return super()
try:
    no_args()
except RuntimeError as e:
    print(type(e).__name__, e)
class J(A):
    def who(self):
        return [f() for f in [lambda: "lambda"]] + super().who()
    def via_call(self):
        s = super()
        return s.who()
print(J().who(), J().via_call())
