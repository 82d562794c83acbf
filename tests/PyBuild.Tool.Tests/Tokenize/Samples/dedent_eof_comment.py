if x:
    y
# c
