sq = lambda x: x * x
add = lambda a, b=2: a + b
key = sorted([3, 1, 2], key=lambda v: -v)
curried = lambda a: lambda b: a + b
