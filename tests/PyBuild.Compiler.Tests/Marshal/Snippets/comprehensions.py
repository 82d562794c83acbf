xs = [i * i for i in range(10) if i % 2]
ys = {k: v for k, v in zip('abc', range(3))}
zs = {c for c in 'hello'}
gs = sum(x for x in range(5))
nested = [[j for j in range(i)] for i in range(4)]
def inner():
    return [y for y in xs if y > 3]
