from .. import registry
from ..flat import __name__ as parent


def area(n):
    return n * n


def perimeter(n):
    return 4 * n


print("square sees", registry, parent)
