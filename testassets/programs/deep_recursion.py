import sys

sys.setrecursionlimit(100000)


def plain(n):
    return plain(n + 1)


class Node:
    def __init__(self, n):
        self.next = Node(n + 1)


def via_map(n):
    return list(map(via_map, [n + 1]))


def via_sorted(n):
    return sorted([1, 2], key=lambda v: via_sorted(n + 1))


def via_generator(n):
    yield from via_generator(n + 1)


class Reprs:
    def __repr__(self):
        return repr(Reprs())


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


for name, thunk in [
    ("plain", lambda: plain(0)),
    ("init", lambda: Node(0)),
    ("map", lambda: via_map(0)),
    ("sorted", lambda: via_sorted(0)),
    ("generator", lambda: list(via_generator(0))),
    ("repr", lambda: repr(Reprs())),
    ("mutual", lambda: mutual_a(0)),
]:
    try:
        thunk()
        print(name, "returned")
    except RecursionError:
        print(name, "caught RecursionError")


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(90000))
