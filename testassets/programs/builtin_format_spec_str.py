# format() mini-language for strings and objects: fill, align, truncation, conversions, __format__.
words = ["", "a", "hello", "wide text here"]
for w in words:
    print([format(w, s) for s in ["", "s", "8", "<8", ">8", "^8", "*^9", ".3", "8.2", "-^7.1", "\u00b7>6"]])
for spec in ["d", "=8", "+", "x"]:
    try:
        print(repr(spec), format("abc", spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print("{!r:>10}|{!s:<6}|{!a}".format("é", 12, "ü"), f"{'x'!r:^7}", f"{None!s:>6}", f"{[1, 2]!s:*<10}")
print(format(None), format([1, 'a']), format((1,), "") , format({"k": 1}, ""))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return "%d.%02d" % divmod(self.cents, 100)
        if spec == "cents":
            return "%dc" % self.cents
        raise ValueError("bad money spec " + repr(spec))
m = Money(12345)
print(format(m), format(m, "cents"), f"{m}", f"{m:cents}", "{0} and {0:cents}".format(m))
try:
    format(m, "x")
except ValueError as e:
    print("ValueError:", e)

class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), ">10")
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
width, fill = 12, "~"
print(f"[{'nested':{fill}^{width}}]", f"[{'t':>{width // 2}}]", "[{:{}{}{}}]".format("x", "-", "^", 5))
