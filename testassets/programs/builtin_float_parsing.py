# float() from text and numbers: special values, underscores, whitespace, errors.
texts = ["1.5", "  -2.25\t", "1e10", "1E-5", ".5", "5.", "1_000.5", "inf", "-Infinity", "nan", "+NaN", "infinity",
         "0x1p3", "1__0", "", "abc", "1.5.2", "1e", "١٫٥", "3.14159265358979323846", "1e400", "-1e400", "1e-400"]
for t in texts:
    try:
        print(repr(t), repr(float(t)))
    except ValueError as e:
        print(repr(t), "ValueError:", e)
print(float(), float(3), float(-0), float(True), float(10**20), float(2**53 + 1))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (1.5).hex(), (0.1).hex(), (-0.0).hex(), float.fromhex("inf"))

class F:
    def __float__(self):
        return 2.75
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
for bad in [None, [1.0], "1,5", 10**400]:
    try:
        print(float(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class BadF:
    def __float__(self):
        return 1
try:
    float(BadF())
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], float("inf") > 10**300, -float("inf") < -1e308)
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (-2.0).as_integer_ratio(), (1e-3).as_integer_ratio())
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
