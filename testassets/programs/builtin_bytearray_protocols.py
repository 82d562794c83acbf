# bytearray and memoryview with the generic sequence machinery: reversed, enumerate, zip, unpacking,
# match class patterns, slot methods, self-assignment and self-extension.
ba = bytearray(b"abc")
print(list(reversed(ba)), list(enumerate(ba)), list(zip(ba, b"xy")), list(reversed(memoryview(b"ab"))))
print(ba.__len__(), ba.__getitem__(0), ba.__contains__(97), ba.__eq__(b"abc"), ba.__add__(b"d"), ba.__mul__(2))
print(bytearray.__hash__, memoryview(b"x").__len__())
a, b, c = bytearray(b"xyz")
print(a, b, c, [*bytearray(b"hi")], max(bytearray(b"az")))
match bytearray(b"ab"):
    case bytearray(x):
        print("matched", x)
print(dir(bytearray) == sorted(dir(bytearray)), "append" in dir(bytearray))
print(isinstance(memoryview(b""), memoryview), type(memoryview).__name__)
ba2 = bytearray(b"12345")
ba2[1:4] = ba2
print(ba2)
ba3 = bytearray(b"ab")
ba3 += bytes(ba3)
ba3.extend(ba3)
print(ba3)
