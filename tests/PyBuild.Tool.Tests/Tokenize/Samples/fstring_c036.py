f'''a
{b}
c'''
