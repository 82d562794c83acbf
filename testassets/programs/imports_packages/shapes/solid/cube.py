from ..flat import square
from .. import registry


def volume(n):
    return square.area(n) * n


def describe():
    return f"{__name__} in {__package__}, registry {registry}"
