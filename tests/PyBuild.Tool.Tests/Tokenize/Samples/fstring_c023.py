f'a\
b{x}'
