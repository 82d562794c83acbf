def gen(n):
    for i in range(n):
        x = yield i
        if x:
            yield from range(x)
    return 'end'
print(list(gen(3)))
