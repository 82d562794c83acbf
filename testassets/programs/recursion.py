import sys
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))


def infinite(n):
    return infinite(n + 1)

try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)

sys.setrecursionlimit(60000)
print(sys.getrecursionlimit(), depth(50000))


class Tree:
    def __init__(self, n):
        self.child = Tree(n - 1) if n > 0 else None


def length(t):
    return 0 if t is None else 1 + length(t.child)

print(length(Tree(300)))
try:
    Tree(100000)
except RecursionError:
    print("deep init hits the limit")
