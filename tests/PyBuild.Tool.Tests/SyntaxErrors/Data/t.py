lambda: (yield)
x = {**a for a in b}
