# print(): sep, end, file, flush, multiple args, str vs repr of containers, nested reprs.
import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print()
print(1, 2.5, None, True, [1, "two"], (3,), {"k": "v"}, {4}, sep=", ")
print("no newline", end="")
print(" continued")
print(*"xyz", sep="-")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "str-R"
print(R(), [R()], (R(),), {"r": R()}, str(R()), repr([R(), "s"]))
print(repr("quote's"), [None, "a\nb"], {1: [2, {3: (4,)}]}, [[[]]], ((),), [1.0, -0.0, 1e20, 1e-5])
print("%s|%5s|%-5s|" % (R(), "ab", "ab"), "{}".format([R()]), f"{R()!r} {R()!s} {R()}")
lst = [1]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(lst, d)
print(sep="ignored")
print("end only", end="\n\n")
print(sys.stdout is sys.__stdout__ if hasattr(sys, "__stdout__") else True)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=[])
except TypeError as e:
    print(e)
print(str(print)[:20], print.__name__, "\t tab", "unicode ✓", "emoji 🐍")
