# json.loads: values, escapes, big ints, special floats, duplicate keys, and the errors (the native scanner declines what the Python parser judges).
import json
for s in ['{"a": 1, "b": [1, 2.5, -3e2, true, false, null], "c": "x\\u00e9\\ud83d\\ude00\\n"}', '123456789012345678901234567890', '[1,]', '{"a":1,"a":2,"b":3}', ' [] ', 'NaN', '-Infinity', '1.0e5', '-0', '0.1', '{"k": {"n": [[]]}}', '', '[1 2]', '"tab\there"', '1e', '01']:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
