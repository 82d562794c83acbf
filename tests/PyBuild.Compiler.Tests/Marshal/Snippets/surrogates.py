# Surrogate code points from escapes: Python keeps '\ud800\udc80' as two code points, which must not
# become the one character U+10080 that the same UTF-16 units spell.
pair = '\ud800\udc80'
astral = '\U00010080'
joined = '\ud800' '\udc80'
lone = ['\ud800', '\udfff', 'x\udc80y']
mixed = 'z\ud834\U0001d120x'
repeated = ('\udc80\ud800' * 2)[2:]
first = '\ud800\udc80'[1]
fstring = f'\ud800{pair}\udc80' 'a'
same = '\ud800\udc80' == pair


def doc():
    '\ud83d\ude00 is two code points'
