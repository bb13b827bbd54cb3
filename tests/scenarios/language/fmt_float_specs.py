x = 1234.5678
for spec in ['f', '.1f', '.0f', 'e', '.2e', 'E', 'g', '.3g', '.10g', 'G', '%', '.2%', ',.2f', '', 'n']:
    print(repr(spec), format(x, spec))
for v in [0.0001, 0.00001, 123456.0, 1234567.0, 1e-10, 1.5e300, 100.0, 0.1]:
    print(v, format(v, 'g'), format(v, '.2g'), format(v, 'e'), format(v, '.3'), str(v))
print(format(float('inf'), 'f'), format(float('nan'), '.2f'), format(float('-inf'), 'e'), format(float('inf'), 'G'))
print(format(-0.0, 'f'), format(-0.0001, '.2f'), format(-0.0, 'g'), format(-0.0, 'z.1f'), format(-0.001, 'z.2f'))
