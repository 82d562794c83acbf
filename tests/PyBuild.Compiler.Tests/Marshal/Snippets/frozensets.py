def f(x):
    if x in {1, 2, 3}:
        return 'a'
    if x in {1.5, 2.5}:
        return 'b'
    for y in {7, 8}:
        print(y)
    return x not in {(1, 2), (3, 4)}
