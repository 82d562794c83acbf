type X = int
type Y[T, *Ts, **P] = tuple[T, *Ts]
type Bounded[T: int, U: (str, bytes)] = dict[T, U]
class InClass:
    a = int
    type A = a
    type B[T] = list[T | a]
def f():
    x = 1
    type Z = X
    type L = lambda: x
    type G[T] = (T, x)
    def g[T](): return Z
    return g, L, G
