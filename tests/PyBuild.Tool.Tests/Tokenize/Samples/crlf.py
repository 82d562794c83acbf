x = (1,
  2)
y = 3
# c

if x:
    pass
