f'{x:\N{DASH}}'
