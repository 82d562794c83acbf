f'{x:{y}!r}'
