# assert: messages, lazily evaluated message expressions, AssertionError details.
def check(cond, *msg):
    try:
        if msg:
            assert cond, msg[0]
        else:
            assert cond
        print("passed")
    except AssertionError as e:
        print(type(e).__name__, repr(e), e.args)
check(True)
check(1 == 1, "never shown")
check(False)
check(0, "zero is falsy")
check([], ["list", "message"])
check("", 42)
check(None, None)
def side():
    print("message evaluated")
    return "msg"
assert True, side()
try:
    assert False, side()
except AssertionError as e:
    print("got", e)
x = 5
try:
    assert x < 3, f"x too big: {x}"
except AssertionError as e:
    print(e)
class Falsy:
    def __bool__(self):
        print("bool called")
        return False
try:
    assert Falsy(), "falsy object"
except AssertionError as e:
    print(e)
try:
    raise AssertionError
except AssertionError as e:
    print(repr(e), str(e) == "")
try:
    raise AssertionError("a", "b")
except AssertionError as e:
    print(str(e))
def validate(n):
    assert isinstance(n, int), f"expected int, got {type(n).__name__}"
    assert n >= 0, "negative"
    return n * 2
for value in [3, -1, "s"]:
    try:
        print(validate(value))
    except AssertionError as e:
        print("invalid:", e)
print(isinstance(AssertionError(), Exception), AssertionError.__mro__[1].__name__)
assert x == 5
print("done")
assert x == 6, "final failure is uncaught"
