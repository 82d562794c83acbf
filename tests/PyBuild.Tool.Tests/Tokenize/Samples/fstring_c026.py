rf'\N{x}'
