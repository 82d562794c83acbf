# Common runtime error messages: unpacking, assert, NameError, UnboundLocalError, attribute and subscript errors.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
def unpack2(x):
    a, b = x
    return a, b
def unpack_star(x):
    a, *b, c = x
    return a, b, c
attempt("too many", lambda: unpack2([1, 2, 3]))
attempt("too few", lambda: unpack2([1]))
attempt("not iterable", lambda: unpack2(5))
attempt("string", lambda: unpack2("ab"))
attempt("dict", lambda: unpack2({"k": 1, "v": 2}))
attempt("star ok", lambda: unpack_star(range(5)))
attempt("star short", lambda: unpack_star([1]))
attempt("gen", lambda: unpack2(x for x in range(4)))
def asserts(v):
    assert v > 0, "must be positive, got %d" % v
    assert v < 10
    return v
attempt("assert ok", lambda: asserts(5))
attempt("assert msg", lambda: asserts(-1))
attempt("assert bare", lambda: asserts(50))
def use_before():
    print(undefined_global_xyz)
def unbound():
    if False:
        local = 1
    return local
def unbound_del():
    x = 1
    del x
    return x
attempt("name", use_before)
attempt("unbound", unbound)
attempt("unbound del", unbound_del)
attempt("attr", lambda: (1).foo)
attempt("attr str", lambda: "s".foo)
attempt("attr module", lambda: __import__("math").nope)
attempt("attr class", lambda: int.nope)
attempt("subscript int", lambda: 5[0])
attempt("subscript func", lambda: len[0])
attempt("call int", lambda: 5())
attempt("call str", lambda: "s"())
attempt("item assign tuple", lambda: (1,).__setitem__)
attempt("del item str", lambda: "s".__delitem__)
attempt("list index str", lambda: [1]["0"])
attempt("dict unhashable", lambda: {}[{}])
attempt("iter int", lambda: [x for x in 5])
attempt("neg str", lambda: -"s")
attempt("invert float", lambda: ~1.5)
attempt("compare", lambda: [] < ())
attempt("contains int", lambda: 1 in 5)
attempt("len gen", lambda: len(x for x in []))
