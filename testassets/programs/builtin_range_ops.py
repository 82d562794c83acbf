# range objects: indexing, slicing, len, membership, index/count, equality, reversed, errors.
rs = [range(10), range(2, 20, 3), range(10, 0, -2), range(0), range(5, 5), range(-5, 5, 4), range(0, -10, -3)]
for r in rs:
    print(r, len(r), list(r), r[0] if r else None, r[-1] if r else None, bool(r))
r = range(2, 20, 3)
print(r[1:3], r[::-1], r[::2], r[-2:], r[10:20], list(r[::-2]), r.start, r.stop, r.step)
print(5 in r, 6 in r, 20 in r, 2.0 in r, "x" in r, r.index(11), r.count(14), r.count(15), r.count(5.0))
print(range(0, 3) == range(3), range(0) == range(5, 5), range(1, 10, 2) == range(1, 11, 2), range(3) == [0, 1, 2], range(1, 2, 5) == range(1, 3, 7))
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(-3, 3)), sorted(range(3, 0, -1)))
big = range(0, 10**9, 7)
print(len(big), big[-1], 10**8 in big, big[10**7], big.index(700))
print(repr(range(1, 5, 1)), str(range(-2, 2, 2)))
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: range(1, 2, 0))
attempt(lambda: range(1.5))
attempt(lambda: range())
attempt(lambda: range(1, 2, 3, 4))
attempt(lambda: range(5)[5])
attempt(lambda: range(5)[-6])
attempt(lambda: r.index(4))
attempt(lambda: range(3)[1:2:0])
attempt(lambda: range("3"))
it = iter(range(3))
print(next(it), list(it), type(it).__name__)
