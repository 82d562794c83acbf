s = 'a' "b" '''c
d''' """e\"""f""" r'\\' rb"\x" Rb'' bR'' BR"" u'x' U"y" b'\xff'
t = 'esc\
aped' "q'q" 'q"q' '\''
class A:
    async def f(self, a: int = 1, *args, **kw) -> None:
        await g(a @ b, a // b, a ** b, a << b, a >> b, a != b, a <= b, a >= b, a == b, x := 1)
        x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x @= 1; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1; x **= 1
        return ..., ~x, -x, +x, x[1:2, ...], {1: 2}, lambda: 0
match x:
    case [1, *rest] if rest: pass
type X = int
