a != b
c <> d
