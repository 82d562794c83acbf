# Operator precedence and associativity, checked against explicit parentheses.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, (2 * 3) ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 ** -2 ** 2)
print(7 // 2 * 2, 7 % 3 * 2, -7 // 2, -7 % 3, 7 % -3)
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 32 >> 1 + 1)
print(5 & 3 | 8, 5 & (3 | 8), 6 ^ 3 & 5, (6 ^ 3) & 5, 1 | 2 ^ 3 & 4)
print(~5 + 1, ~(5 + 1), -~5, ~-5, not 1 + 1, not (1 == 2))
print(1 < 2 and 2 < 3 or False, not True or True, not (True or True))
print(True + True * 3, True == 1 == 1.0, 3 - -3, - - 3, +-+3)
print(1 if 0 else 2 + 10, (1 if 0 else 2) + 10)
x = 3
print(x * -1, x ** 2 % 5, -x ** 2, (-x) ** 2, x / 2 * 4)
print("a" + "b" * 3, ("a" + "b") * 3, "%d" % 3 + "x", "%s-%s" % (1, 2) * 2)
print([1, 2] + [3] * 2, 3 in [1, 2] + [3], not 3 in [1], 3 not in [1])
print(2 * 3 == 6 and "yes", 4 > 3 > 2 == 2, (4 > 3) > 2)
lam = lambda a: a + 1 if a else -1
print(lam(0), lam(5))
print(-1 ** 0.5, (-1) ** 2, 2 ** 0.5 * 2 ** 0.5 > 1.99)
print(10 - 2 * 3 ** 2 // 4 % 5, ((10 - ((2 * (3 ** 2)) // 4) % 5)))
d = {"k": [1, 2, 3]}
print(d["k"][1:][0] * 2, -d["k"][-1], d.get("k")[0] + 1)
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(f"({self.v}+{o.v})")
    def __mul__(self, o): return N(f"({self.v}*{o.v})")
    def __pow__(self, o): return N(f"({self.v}**{o.v})")
    def __neg__(self): return N(f"(-{self.v})")
    def __sub__(self, o): return N(f"({self.v}-{o.v})")
    def __matmul__(self, o): return N(f"({self.v}@{o.v})")
    def __lshift__(self, o): return N(f"({self.v}<<{o.v})")
    def __and__(self, o): return N(f"({self.v}&{o.v})")
    def __or__(self, o): return N(f"({self.v}|{o.v})")
    def __xor__(self, o): return N(f"({self.v}^{o.v})")
a, b, c, dd = N("a"), N("b"), N("c"), N("d")
print((a + b * c).v, (a * b + c).v, (a ** b ** c).v, (-a ** b).v)
print((a - b - c).v, (a @ b * c).v, (a + b << c).v, (a | b ^ c & dd).v)
print((a * b @ c).v, (-a * b).v, (a << b - c).v)
print(0 or 0.0 or "" or None, 1 and 2 or 3, 0 and 1 or 2)
y = 5
y += 2 * 3
print(y, [i * 2 for i in range(3) if i or not i], (z := 4) * 2, z)
