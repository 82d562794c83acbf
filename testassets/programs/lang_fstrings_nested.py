# f-strings: nested fields, format specs from expressions, conversions, = specifier, PEP 701 quoting.
name = "world"
width = 12
value = 3.14159265
print(f"hello {name}!")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"[{name:>{width}}] [{name:<{width}}] [{name:^{width}}]")
print(f"[{value:{width}.{3}f}] [{value:.{2}e}]")
print(f"{name=}", f"{width * 2 = }", f"{value=:.2f}", f"{name = !r}")
print(f"{'quoted'}", f"{"same quotes"}", f"{'a' + "b"}")
items = {"k": [1, 2, 3]}
print(f"{items['k'][1]}", f"{items["k"][-1]}", f"{len(items)}")
print(f"{f'{f"{1 + 1}"}'}")
print(f"{3:{'>'}{5}}", f"{'x':*^9}", f"{12345:,}", f"{0.25:%}", f"{7:#06b}")
print(f"{{literal}} {{{name}}}", f"{'{'}{'}'}")
print(f"{[x * 2 for x in range(3)]}", f"{ {'a': 1}['a'] }", f"{(lambda v: v + 1)(1)}")
print(f"{name.upper():>10}|", f"{name[::-1]}", f"{name if width > 5 else 'short'}")
print(f"multi {
    name
} line")
print(f"{'\n'.join(['a', 'b'])}")
class Fmt:
    def __format__(self, spec): return f"Fmt<{spec}>"
    def __repr__(self): return "Fmt()"
    def __str__(self): return "str-Fmt"
print(f"{Fmt()}", f"{Fmt():xyz}", f"{Fmt()!r}", f"{Fmt()!s}", f"{Fmt()!r:>8}")
x = 10
print(f"{x:{'d' if x > 5 else 'x'}}", f"{x:{'>' if x else '<'}4}")
print(f"{x!r:>{x // 2}}", f"{'%d' % x}", f"{x:02}")
try:
    f"{name:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval('f"{}"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval('f"{x!z}"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(f"{x}" f"{name}" "plain" f"{x + 1}")
print(f"""triple {name}
second {x}""")
print(rf"\raw {name}\n", f"\t{x}\t".strip())
print(f"{None}", f"{True:>6}", f"{1.0}", f"{-0.0}", f"{1e20}", f"{1e-7}")
print(f"{3.0:g}", f"{1234.5:g}", f"{1e16:g}", f"{0.1:.20f}"[:12])
