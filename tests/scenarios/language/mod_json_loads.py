import json
text = '{"name": "Li", "tickets": 3, "price": 12.5, "tags": ["a", "b"], "ok": true, "none": null}'
obj = json.loads(text)
print(obj, type(obj).__name__)
print(obj['tickets'] + 1, obj['tags'][1], obj['ok'], obj['none'])
print(json.loads('[1, 2.0, "3", false]'), json.loads('"\\u4e2d\\u6587"'), json.loads('42'), json.loads(' null '))
print(json.loads('{"a": {"b": [1, {"c": "deep"}]}}')['a']['b'][1]['c'])
print(json.loads('1e3'), json.loads('-0'), json.loads('1E-2'), type(json.loads('10')).__name__)
print(json.loads('{"dup": 1, "dup": 2}'))
for bad in ["{'single': 1}", '{"a": 1,}', '', '[1, 2', 'undefined']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', 'JSONDecodeError:', e)
print(issubclass(json.JSONDecodeError, ValueError))
