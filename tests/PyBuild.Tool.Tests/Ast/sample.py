import os  # type: ignore
x = 3 + 4  # type: int
y = f"{x!r:>{width}} {x=}"


def f(a, /, b: str = "é", *args, c, **kw) -> None:  # type: (...) -> None
    match a:
        case [1, *rest] | {"k": _}:
            return
    print("hello, world", b'\x00', 1e16, 3j, ...)
