café = 1
def naïve(ñ):
    return ñ + café
class Ωmega:
    ß = 'ß'
    é = 'é'
print(naïve(2))
