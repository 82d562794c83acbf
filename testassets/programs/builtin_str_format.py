# str.format(): positional/keyword/auto fields, attribute and index access, conversions, errors.
print("{} {} {}".format(1, "a", None), "{0}{1}{0}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
class P:
    x = 10
    y = [1, 2]
print("{0.x} {0.y[1]} {p.x}".format(P(), p=P()), "{{literal}} {}".format("braces"), "{:{}}|".format("w", 5))
print("{!r} {!s} {!a}".format("q", "q", "ü"), "{0!r:>8}".format("t"), "{:>{w}.{p}f}".format(3.14159, w=10, p=2))
print("{0:*^{1}}".format("mid", 9), "{:d}/{:x}/{:o}/{:b}".format(*[10] * 4), "{k[0]}".format(k="str"))
print("{}".format({1: "a"}), "{0[0][0]}".format([[7]]), "{0[-1]}".format({"-1": "neg"}), "{.real}".format(5))
print("{:%}".format(0.25), "{:,.1f}".format(1234.55), "{:_}".format(10**8), "{:=^+9}".format(4))
data = {"name": "Bo", "langs": ["py", "cs"]}
print("{name} knows {langs[0]} and {langs[1]}".format(**data), "{0} {0}".format(*"ab"))
print("{}".format_map({}) if False else "ok", "{x}-{y}".format_map({"x": 1, "y": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Default(a="A")))
cases = [("}", ()), ("{0} {}", ("a", "b")), ("{} {1}", ("a", "b")), ("{2}", ("a",)), ("{x}", ()),
         ("{0.nope}", (1,)), ("{0[5]}", ([1],)), ("{!x}", (1,)), ("{:d}", ("s",)), ("{0:{1}}", (1, "zz")), 
         ("{a[b]}", ()), ("{:>{}}", ("x",))]
for fmt, args in cases:
    try:
        print(repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
