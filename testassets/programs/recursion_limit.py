import sys


def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        return n


print(probe(0))
sys.setrecursionlimit(5000)
print(probe(0))
sys.setrecursionlimit(50000)
print(probe(0), sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
