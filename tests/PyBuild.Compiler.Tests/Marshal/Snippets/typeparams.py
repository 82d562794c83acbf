type Alias = list[int]
type Gen[T] = dict[str, T]
def first[T](xs: list[T]) -> T:
    return xs[0]
class Box[T, *Ts, **P]:
    def get(self) -> T: ...
