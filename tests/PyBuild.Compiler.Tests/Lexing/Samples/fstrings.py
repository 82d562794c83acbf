f'{x!r}' f"{x!s:>{w}.{p}}" F'{x=}' f'{x = !a:^10}' rf'{x}\d' fR"\{x}" f'{{}}' f'}}{{' f'{"nested"}' f'{f"{1}"}'
f"""multi
{x:
}line {y!r}
"""
f'{a:{b:{c}}}' f'{3.14:.2f}' f'{x:=10}' f'{(x:=10)}' f'{lambda x: 1}' f'{d["k"]}' f"{'a' if x else 'b'}"
f'\N{BULLET} {x} \{{x}}' f'{x:%H:%M}' f'{ x }' f'''{
    x
}'''
