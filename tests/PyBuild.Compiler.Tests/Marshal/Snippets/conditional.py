def c(x):
    v = 'a' if x else 'b'
    w = x and 'y' or 'z'
    if x is None:
        return 0
    elif not x:
        return 1
    return v, w
