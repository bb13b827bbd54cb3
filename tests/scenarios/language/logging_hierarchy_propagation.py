# Loggers form a tree by their dotted names: records go to a logger's handlers
# and then its ancestors', unless propagate is False.
import logging
import sys

root_handler = logging.StreamHandler(sys.stdout)
root_handler.setFormatter(logging.Formatter('root  | %(name)s | %(levelname)s | %(message)s'))
logging.getLogger().addHandler(root_handler)
logging.getLogger().setLevel(logging.DEBUG)

app = logging.getLogger('app')
db = logging.getLogger('app.db')
pool = logging.getLogger('app.db.pool')
print(pool.parent is db, db.parent is app, app.parent is logging.getLogger())
print(app.getChild('db') is db, logging.getLogger('app.db') is db)
late = logging.getLogger('svc.api.v1')
svc = logging.getLogger('svc')
print(late.parent is svc, late.parent.name)

app_handler = logging.StreamHandler(sys.stdout)
app_handler.setFormatter(logging.Formatter('app   | %(name)s | %(message)s'))
app_handler.setLevel(logging.WARNING)
app.addHandler(app_handler)

pool.debug('connection opened')
db.warning('slow query: %.1fs', 2.5)
app.setLevel(logging.INFO)
print(pool.getEffectiveLevel(), pool.isEnabledFor(logging.DEBUG))
pool.debug('not shown any more')
db.propagate = False
db.error('lost: no handler of its own')
db.addHandler(logging.StreamHandler(sys.stdout))
db.error('db only')
print(db.hasHandlers(), logging.getLogger('x.y').hasHandlers())


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


app_handler.addFilter(OnlyOdd())
for n in range(4):
    app.warning('number %d', n)
app.addFilter(lambda record: 'secret' not in record.getMessage())
app.warning('the secret is %d', 1)
app.warning('no secrets in %d', 3)

only_svc = logging.Filter('svc')
for name in ('svc', 'svc.api', 'svcx', 'other'):
    print(name, bool(only_svc.filter(logging.makeLogRecord({'name': name}))))

adapter = logging.LoggerAdapter(app, {'conn': 7})
adapter.warning('through an adapter (odd: %d)', 5)
print(app, db, logging.getLogger(), adapter)
print(app_handler, logging.NullHandler())
