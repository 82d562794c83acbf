a = 1
'''abc
def
