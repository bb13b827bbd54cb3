import json
import os
state = {'tickets': 5, 'sold': [], 'title': '演唱会'}
with open('state.json', 'w', encoding='utf-8') as f:
    json.dump(state, f, ensure_ascii=False)
with open('state.json', encoding='utf-8') as f:
    print(f.read())
for buyer in ['ann', 'bob']:
    with open('state.json', encoding='utf-8') as f:
        st = json.load(f)
    st['tickets'] -= 1
    st['sold'].append(buyer)
    with open('state.json', 'w', encoding='utf-8') as f:
        json.dump(st, f, ensure_ascii=False, indent=2)
with open('state.json', encoding='utf-8') as f:
    print(f.read())
print(json.load(open('state.json', encoding='utf-8'))['tickets'])
os.remove('state.json')
print(os.path.exists('state.json'))
