# abs(), divmod() and pow() on ints, floats and bools, with their error messages.
def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

for v in [0, 5, -5, -0.0, 2.5, -2.5, True, False, -10**20, float("inf"), float("-inf")]:
    show("abs", abs, v)
show("abs str", abs, "x")
show("abs None", abs, None)

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (7.5, 2), (-7.5, 2), (7, 0.5), (10**20, 7), (-10**20, 7), (True, 2)]:
    show("divmod %r %r" % (a, b), divmod, a, b)
show("divmod by zero", divmod, 5, 0)
show("divmod float zero", divmod, 5.0, 0.0)
show("divmod int float zero", divmod, 5, 0.0)
show("divmod str", divmod, "a", 2)
show("divmod list", divmod, 2, [1])
show("divmod complex", divmod, 1j, 2)

for args in [(2, 10), (2, -1), (2, 0), (0, 0), (-2, 3), (2.0, 3), (4, 0.5), (10, 20), (2, 100)]:
    show("pow %r" % (args,), pow, *args)
for args in [(2, 10, 1000), (3, 200, 7), (-3, 3, 5), (5, -1, 7), (2, 5, -3), (7, 0, 1)]:
    show("pow3 %r" % (args,), pow, *args)
show("pow 0 neg", pow, 0, -1)
show("pow 0.0 neg", pow, 0.0, -1)
show("pow mod zero", pow, 2, 3, 0)
show("pow float mod", pow, 2.0, 3, 5)
show("pow no inverse", pow, 2, -1, 4)
show("pow neg exp", pow, 2, -2)
show("pow str", pow, "a", 2)
print(pow(base=2, exp=5), pow(2, exp=3, mod=5))

class Num:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Num(abs(self.v))
    def __divmod__(self, other):
        return ("divmod", self.v, other)
    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)
    def __pow__(self, other, mod=None):
        return ("pow", self.v, other, mod)
    def __rpow__(self, other):
        return ("rpow", other, self.v)
    def __repr__(self):
        return "Num(%r)" % self.v

print(abs(Num(-3)), divmod(Num(1), 2), divmod(2, Num(1)), pow(Num(2), 3), pow(Num(2), 3, 4), 2 ** Num(5))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2, 5 % -0.75, -0.0 % 1.0)
print((-2) ** 2, -2 ** 2, 2 ** -1, 10 ** 0.5)
class Half:
    def __divmod__(self, other):
        return NotImplemented
class Taker:
    def __rdivmod__(self, other):
        return "rdivmod from " + type(other).__name__
print(divmod(Half(), Taker()), divmod(3, Taker()))
show("divmod notimpl", divmod, Half(), 3)
