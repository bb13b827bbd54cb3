import json
def load():
    with open('db.txt', encoding='utf-8') as f:
        return json.load(f)
def save(d):
    with open('db.txt', 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False)
buyers = ['甲', '乙', '丙']
for b in buyers:
    d = load()
    print(f'{b} 查询: 剩余 {d["ticket_num"]} 张, 场次 {d["show"]}')
    if d['ticket_num'] > 0:
        d['ticket_num'] -= 1
        d.setdefault('sold_to', []).append(b)
        save(d)
        print(f'{b} 购票成功')
    else:
        print(f'{b} 购票失败: 已售罄')
with open('db.txt', encoding='utf-8') as f:
    print(f.read())
