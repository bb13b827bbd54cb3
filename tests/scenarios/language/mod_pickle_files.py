# pickle.dump/load through files: several pickles one after another in one file,
# the Pickler and Unpickler classes, and a file cut short.
import pickle

records = [{'id': i, 'name': f'user{i}', 'scores': [i, i * 2]} for i in range(3)]

with open('data.pkl', 'wb') as f:
    for record in records:
        pickle.dump(record, f)
    pickle.dump('the end', f, protocol=0)

with open('data.pkl', 'rb') as f:
    while True:
        try:
            print(pickle.load(f))
        except EOFError as e:
            print('EOFError:', e)
            break

with open('data.pkl', 'rb') as f:
    raw = f.read()
print(len(raw), raw[:30])

with open('one.pkl', 'wb') as f:
    p = pickle.Pickler(f, 2)
    p.dump([1, 2])
    p.dump({'k': 'v'})
with open('one.pkl', 'rb') as f:
    u = pickle.Unpickler(f)
    print(u.load(), u.load())

with open('cut.pkl', 'wb') as f:
    f.write(pickle.dumps(list(range(100)))[:50])
with open('cut.pkl', 'rb') as f:
    try:
        pickle.load(f)
    except pickle.UnpicklingError as e:
        print('UnpicklingError:', e)
