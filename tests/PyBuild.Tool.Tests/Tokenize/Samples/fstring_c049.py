f'{x=
