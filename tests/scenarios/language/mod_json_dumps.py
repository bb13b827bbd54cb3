import json
data = {'name': '张三', 'age': 30, 'skills': ['python', 'rust'], 'active': True, 'spouse': None, 'score': 9.5}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, ensure_ascii=False))
print(json.dumps(data, sort_keys=True, separators=(',', ':')))
print(json.dumps([1, 'two', 3.0, None, False, {'k': []}]))
print(json.dumps('quote " and \\ backslash\n'), json.dumps('tab\t'))
print(json.dumps((1, 2)), json.dumps({1: 'int key', None: 'none key', True: 'bool'}))
print(json.dumps({'nested': {'list': [1, [2, [3]]]}}, indent=4))
print(json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps({}, indent=2))
print(json.dumps(1e20), json.dumps(float('inf')), json.dumps(0.1 + 0.2), json.dumps(10 ** 20))
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({'b': 1, 'a': 2}, indent='\t', sort_keys=True))
