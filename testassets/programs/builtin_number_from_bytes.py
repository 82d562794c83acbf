# int() and float() read bytes, bytearray and memoryview as ASCII text; the error shows the bytes.
for make in (bytes, bytearray, memoryview):
    name = make.__name__
    print(name, int(make(b" 42 ")), float(make(b"2.5")), int(make(b"-7_0")), float(make(b"1e3")))
    try:
        int(make(b"x1"))
    except ValueError as e:
        print(name, e)
    try:
        float(make(b"x1"))
    except ValueError as e:
        # memoryview's message holds its address, which is left out.
        print(name, str(e).split(" at 0x")[0])
    try:
        print(name, int(make(b"ff"), 16))
        int(make(b"zz"), 10)
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, e)
