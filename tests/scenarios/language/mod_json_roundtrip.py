import json
original = {'users': [{'id': 1, 'name': 'Ann'}, {'id': 2, 'name': '李雷'}], 'count': 2, 'ratio': 0.25, 'tuple': (1, 2)}
s = json.dumps(original, ensure_ascii=False)
back = json.loads(s)
print(s)
print(back)
print(back == original, back['tuple'], type(back['tuple']).__name__)
original['tuple'] = [1, 2]
print(back == original)
keys = json.loads(json.dumps({1: 'a', 2.5: 'b'}))
print(keys, list(keys))
pretty = json.dumps(back, indent=1, sort_keys=True, ensure_ascii=False)
print(pretty)
print(json.loads(pretty) == back)
