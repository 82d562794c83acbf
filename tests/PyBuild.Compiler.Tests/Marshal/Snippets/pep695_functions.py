import functools
def deco(f): return f
@deco
@functools.cache
def f[T: int, *Ts, **P](a: T, *args: *Ts, b: int = 3, **kw: P.kwargs) -> list[T]:
    return a
def constrained[T: (int, str), U: ("folded", "tuple")](x: T) -> U: ...
def kwonly[T](*, a=1): return a
def both[T](x=1, /, y=2, *, z=3) -> None:
    """doc"""
def lam[T: (lambda: T)](): pass
async def agen[T](x: T) -> T:
    await x
    return [y async for y in x]
def outer():
    x = 1
    def inner[T](a=x) -> T:
        nonlocal x
        x = 2
        return T
    def nested[T]():
        def deeper[U: T]() -> U: return T, U
        return deeper
    return inner, nested
def declares_global():
    global G
    def G[T](): pass
    return G
