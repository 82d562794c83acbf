# print(): sep, end, file, flush, multiple arguments, str() of objects, and argument errors.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ", end=" <end>\n")
print()
print("", "", sep="x")
print(1, 2.5, None, True, [1, "two"], {"k": (3,)}, sep=", ")
print("no newline", end="")
print(" -> continued")
print("x", sep=None, end=None)
print(*range(5), sep="-")
print(*[], sep="never shown")
print(*"spread")
class Buffer:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
buf = Buffer()
print("to buffer", 42, file=buf, sep=":")
print("second line", file=buf, end="!")
print(repr("".join(buf.parts)))
print("to stdout via file", file=sys.stdout, flush=True)
print("err text", file=None)
class Obj:
    def __str__(self):
        return "Obj.__str__"
    def __repr__(self):
        return "Obj.__repr__"
print(Obj(), [Obj()], (Obj(),), {"k": Obj()}, sep="; ")
for kwargs in [{"sep": 5}, {"end": 1}, {"bogus": 1}, {"file": 5}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
class BadStr:
    def __str__(self):
        return 5
try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)
sys.stdout.write("direct write\n")
n = sys.stdout.write("count me")
print("", n)
print("tab\tand\\backslash", "unicode: é ü ☃", "quote'\"")
lines = ["row %d" % i for i in range(3)]
print(*lines, sep="\n")
print("%-6s|%6s|" % ("left", "right"), f"{'done':*^12}")
