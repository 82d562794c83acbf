# Differential check of the bytes methods on bytes and bytearray receivers: pseudo-random inputs and
# arguments (a fixed linear congruential sequence), one line of result each, compared with CPython's.
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2**31)
    return seed % n
alphabet = b"ab \t\n\r-+0A,"
def rbytes(maxlen):
    return bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))
calls = [
    lambda s: s.split(), lambda s: s.split(rbytes(2) or b","), lambda s: s.split(None, rnd(3)),
    lambda s: s.rsplit(), lambda s: s.rsplit(rbytes(2) or b"a", rnd(3) - 1), lambda s: s.rsplit(None, rnd(3)),
    lambda s: s.strip(), lambda s: s.strip(rbytes(3)), lambda s: s.splitlines(), lambda s: s.splitlines(True),
    lambda s: s.center(rnd(12), b"*"), lambda s: s.ljust(rnd(12)), lambda s: s.rjust(rnd(12), b"0"),
    lambda s: s.zfill(rnd(12)), lambda s: s.expandtabs(rnd(6)), lambda s: s.partition(rbytes(2) or b"a"),
    lambda s: s.rpartition(rbytes(2) or b"a"), lambda s: s.find(rbytes(2), rnd(8) - 4), lambda s: s.rfind(rbytes(2), None, rnd(8) - 2),
    lambda s: s.count(rbytes(2), rnd(5)), lambda s: s.replace(rbytes(1), rbytes(2), rnd(4) - 1),
    lambda s: s.title(), lambda s: s.capitalize(), lambda s: (s.istitle(), s.islower(), s.isupper(), s.isspace(), s.isalnum()),
    lambda s: s.removeprefix(rbytes(2)), lambda s: s.removesuffix(rbytes(2)), lambda s: s.startswith(rbytes(2), rnd(4)),
    lambda s: s.hex(":", rnd(5) - 2 or 1), lambda s: s.translate(None, rbytes(3)), lambda s: s.swapcase(),
]
out = []
for trial in range(800):
    s = rbytes(10)
    kind = bytearray if rnd(2) else bytes
    f = calls[rnd(len(calls))]
    try:
        r = f(kind(s))
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    out.append(f"{trial} {kind.__name__} {s!r} {r!r}")
print("\n".join(out))
