class Base: pass
def deco(c): return c
@deco
class C[T: (int, str), U](Base, *[object], metaclass=type, **{}):
    """doc"""
    x: T
    def m[V](self, v: V = None, *, w: T = 1) -> V:
        return super().m(v)
    def n(self): return __class__
    class Inner[Z]:
        def q(self) -> Z: ...
class Outer:
    a = 1
    def f[T: a](self): pass
    def g[T](self, x: a = a): return T
    def h[T](self):
        def inner[U: T]() -> a: pass
        return inner
class Mangled:
    __p = 1
    def __priv[__T](self, __a: __T = __p) -> __T: return self.__priv
class __Private[__T](list[__T]):
    pass
__after = 2
class A:
    class B:
        def f[T](self):
            class C[U](list[T]):
                def g(self) -> U: return T, U, __class__
            return C
class E[T]:
    y = lambda: T
    def method(self):
        return super().method()
class F:
    def m[T](self): return super().m()
class G:
    def m[T](self, x=super): return x
