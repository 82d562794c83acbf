from .square import area as square_area

NAME = "circle"


def area(r):
    return round(3.14159 * square_area(r), 3)
