a, b = 1, 2
a, *rest, z = range(10)
(x, y), w = (1, 2), 3
print(*[1, 2], **{'sep': ', '})
d = {**{'a': 1}, 'b': 2}
l = [*range(3), 4]
s = {*'ab'}
