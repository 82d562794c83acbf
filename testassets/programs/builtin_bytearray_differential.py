# Differential check of bytearray and memoryview slicing, slice assignment, deletion and pop: pseudo-random
# operations (a fixed linear congruential sequence), one line of result each, compared with CPython's.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2**31)
    return seed % n
def rslice():
    def part():
        r = rnd(4)
        return None if r == 0 else rnd(14) - 7
    step = [None, 1, 2, -1, -2, 3, -3][rnd(7)]
    return slice(part(), part(), step)
out = []
for trial in range(300):
    ba = bytearray(b"abcdefghij"[: rnd(11)])
    op = rnd(6)
    sl = rslice()
    try:
        if op == 0:
            r = ba[sl]
        elif op == 1:
            n = len(range(*sl.indices(len(ba))))
            ba[sl] = bytes(range(65, 65 + (n if sl.step not in (None, 1) else rnd(5))))
            r = ba
        elif op == 2:
            del ba[sl]
            r = ba
        elif op == 3:
            m = memoryview(ba)[sl]
            r = (m.tobytes(), len(m), m.strides)
            if len(m):
                m[0] = 90
                r += (bytes(ba),)
        elif op == 4:
            m = memoryview(bytes(ba))[sl][rslice()]
            r = m.tobytes()
        else:
            i = rnd(14) - 7
            r = (ba.pop(i) if ba else None, ba)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    out.append(f"{trial} {op} {sl} {r}")
print("\n".join(out))
