def fn():
    class C[T]: pass
    __x = 1
    def g(): return __x
    return __x, g
def fn2():
    y = 1
    class K:
        global gx
        nonlocal y
        gx = 1
        y = 2
        z = 3
        def m[T: (gx, y, z)](self) -> (gx, y, z): pass
        type A = (gx, y, z, w)
    w = 1
    return K
class L:
    type V = L
    def f[T: L](self): pass
    def g[T](self, x: super): pass
    class Q[T](
        list[T],
    ):
        pass
@(lambda c: c)
@(
  lambda c: c
)
class Dec[T]:
    pass
def gen[T]():
    yield T
class WithPrivate:
    def __m[T](self): pass
    class __N[T]: pass
    type __A = 1
    type __B[__T] = __T
def f3():
    def f[T](): return T
    class X[T]:
        def g(self): return T
    return [f for f in ()]
