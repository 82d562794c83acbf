# bytearray's and memoryview's methods check their arguments with CPython's messages (slot wrappers included).
b = bytearray(b"ab")
m = memoryview(b"xy")
calls = [
    lambda: b.append(), lambda: b.append(1, 2), lambda: b.append(x=1), lambda: b.extend(),
    lambda: b.insert(1), lambda: b.insert(), lambda: b.pop(1, 2), lambda: b.remove(),
    lambda: b.clear(1), lambda: b.reverse(1), lambda: b.copy(1), lambda: b.__setitem__(1),
    lambda: b.__delitem__(), lambda: b.__iadd__(), lambda: b.__imul__(1, 2),
    lambda: m.tolist(1), lambda: m.tobytes(1, 2), lambda: m.hex(1, 2, 3), lambda: m.toreadonly(1),
    lambda: m.release(1), lambda: m.__enter__(1), lambda: m.tobytes(zz=1),
]
for c in calls:
    try:
        c()
        print("ok")
    except TypeError as e:
        print(e)
