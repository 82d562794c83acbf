# Exception args, str() and repr() for different argument counts, KeyError quirks, OSError fields, custom attributes.
cases = [Exception(), Exception("msg"), Exception("a", 2), Exception(None), ValueError(""), KeyError("key"), KeyError(),
         KeyError("a", "b"), IndexError(3), StopIteration(7), SystemExit(), SystemExit(3), SystemExit("bye"),
         OSError(2, "No such file"), OSError("plain"), FileNotFoundError(2, "missing", "f.txt"), AttributeError("attr"),
         UnicodeError("u"), ZeroDivisionError("division by zero"), NotImplementedError(), AssertionError("x", 1)]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
o = FileNotFoundError(2, "missing", "f.txt")
print(o.errno, o.strerror, o.filename, OSError("x").errno, OSError(5, "io").filename)
class MyErr(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
    def __str__(self):
        return "[%d] %s" % (self.code, self.detail)
m = MyErr(404, "not found")
print(m.args, str(m), repr(m), m.code)
class Quiet(Exception):
    pass
print(repr(Quiet()), repr(Quiet("q")), str(Quiet(1, 2)), Quiet("x").args)
e = ValueError("orig")
e.args = ("changed", 1)
print(str(e), repr(e))
e2 = Exception("note me")
e2.add_note("first note")
e2.add_note("second")
print(e2.__notes__, str(e2))
try:
    e2.add_note(5)
except TypeError as t:
    print("TypeError:", t)
try:
    {}["missing"]
except KeyError as k:
    print(repr(k), str(k), k.args)
try:
    [][0]
except IndexError as i:
    print(repr(i), i.args)
try:
    int("z")
except ValueError as v:
    print(repr(v))
def f():
    try:
        raise ValueError("in f")
    except ValueError as exc:
        return exc
err = f()
print(type(err).__name__, err, err.__traceback__ is not None, isinstance(err, Exception))
w = Exception("a").with_traceback(None)
print(w.__traceback__, BaseException.__new__(ValueError).args)
