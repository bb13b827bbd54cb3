print('\N{SNOWMAN}', '\N{snowman}', '\N{LF}' == '\n', '\N{CJK UNIFIED IDEOGRAPH-4E2D}', '\N{HANGUL SYLLABLE GAG}')
print(len('\N{BYTE ORDER MARK}'), ord('\N{EM DASH}'))
