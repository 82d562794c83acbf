import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def hello(name: str = 'x') -> str:
    return 'hi ' + name
@staticmethod
def s(): pass
