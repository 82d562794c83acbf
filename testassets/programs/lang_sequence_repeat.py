# Sequence repetition with huge, negative and boolean counts, and byte membership bounds, as CPython.
def show(label, f):
    try:
        r = f()
        print(label, "->", len(r) if isinstance(r, (str, bytes, list, tuple)) and len(r) > 20 else repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for name, seq in (("str", "ab"), ("bytes", b"ab"), ("list", [1, 2]), ("tuple", (1, 2)), ("empty str", ""), ("empty list", [])):
    for count in (3, 0, -1, True, False, 2**62, 2**70, -(2**70), 2**40):
        show(f"{name} * {count}", lambda: seq * count)
        show(f"{count} * {name}", lambda: count * seq)
items = [1, 2]
try:
    items *= 2**70
except OverflowError as e:
    print("list *= 2**70 -> OverflowError:", e)
print(items)
items *= 2
print(items)
items *= -5
print(items)
for value in (97, 0, 255, 256, -1, 2**70, True):
    show(f"{value} in b'abc'", lambda: value in b"abc")
show("b'a' in b'abc'", lambda: b"a" in b"abc")
show("'a' in b'abc'", lambda: "a" in b"abc")
