# memoryview over bytes and bytearray: attributes, indexing, slicing (views share memory), writes
# through a view of a bytearray, tobytes/tolist/hex, comparisons, release and the with statement.

data = b"hello world"
mv = memoryview(data)
print(type(mv).__name__, len(mv), mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides, mv.nbytes)
print(mv.obj is data, mv.c_contiguous, mv.contiguous)
print(mv[0], mv[-1], mv.tobytes(), mv.tolist()[:3], mv.hex(), mv[1:3].hex())
sub = mv[6:]
print(type(sub).__name__, sub.tobytes(), len(sub), sub.obj is data, sub[0])
print(mv[::2].tobytes(), mv[::-1].tobytes(), mv[::2][::2].tobytes(), mv[2:9][1:4].tobytes(), mv[::-2][1:3].tobytes())
print(mv[::2].contiguous, mv[::2].strides, mv[::-1].strides, mv[100:].tobytes())
print(list(mv[:3]), [x for x in memoryview(b"\x01\x02")])
print(bytes(mv[:5]), bytearray(mv[6:]), b"-".join([mv[:1], mv[1:2]]), b"ell" in data)

# Equality with bytes-like objects; no ordering.
print(mv == data, mv[:5] == b"hello", mv == bytearray(data), mv[:2] == mv[:2], mv == "hello world", mv != b"x")
try:
    mv < mv
except TypeError as e:
    print("TypeError", e)
print(hash(memoryview(b"abc")) == hash(b"abc"))

# Read-only views refuse writes.
for bad in (lambda: mv.__setitem__(0, 1), lambda: mv.__delitem__(0)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# Views of a bytearray are writable and share its memory.
ba = bytearray(b"abcdef")
view = memoryview(ba)
print(view.readonly)
view[0] = ord("A")
view[1:3] = b"BC"
print(ba)
part = view[3:]
part[0] = ord("D")
part[::2] = b"xy"
print(ba, part.tobytes())
ba[5] = ord("!")
print(view.tobytes(), part[-1])
for bad in (lambda: view.__setitem__(0, 256), lambda: view.__setitem__(0, b"a"), lambda: view.__setitem__(slice(0, 2), b"abc"),
            lambda: view[10], lambda: view.__setitem__(10, 1), lambda: hash(view), lambda: view["a"]):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(view.toreadonly().readonly, bytes(view.toreadonly()))

# release() and the context manager.
m = memoryview(b"xyz")
m.release()
print("released")
for bad in (lambda: m[0], lambda: len(m), lambda: m.tobytes(), lambda: m.readonly):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
m.release()
print(repr(m).startswith("<released memory at 0x"), repr(memoryview(b"")).startswith("<memoryview at 0x"))
with memoryview(b"context") as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print("after with:", e)
print(memoryview(memoryview(b"nested")).tobytes())

for bad in (lambda: memoryview("str"), lambda: memoryview(5), lambda: memoryview()):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
