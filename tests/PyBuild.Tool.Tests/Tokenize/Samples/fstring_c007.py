f'{x!r:{y}}'
