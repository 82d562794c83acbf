from __future__ import annotations
def f[T: int, *Ts, **P](a: T, *args: *Ts, **kw: P.kwargs) -> list[T]:
    return a
class C[T]:
    x: T
    def m[U](self, u: U) -> T: ...
type A[T] = list[T]
