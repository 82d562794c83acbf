def m(v):
    match v:
        case 0 | 1:
            return 'small'
        case [x, y, *rest]:
            return x, y, rest
        case {'k': k, **kw}:
            return k, kw
        case Point(x=0, y=yy):
            return yy
        case str() as s if len(s) > 2:
            return s
        case _:
            return None
class Point:
    __match_args__ = ('x', 'y')
