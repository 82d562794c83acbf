if x:
    y
z
