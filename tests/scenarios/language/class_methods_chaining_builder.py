class Query:
    def __init__(self, table):
        self.table = table
        self.conditions = []
        self.order = None
        self.limit_n = None
    def where(self, cond):
        self.conditions.append(cond)
        return self
    def order_by(self, col):
        self.order = col
        return self
    def limit(self, n):
        self.limit_n = n
        return self
    def __str__(self):
        sql = f'SELECT * FROM {self.table}'
        if self.conditions:
            sql += ' WHERE ' + ' AND '.join(self.conditions)
        if self.order:
            sql += f' ORDER BY {self.order}'
        if self.limit_n is not None:
            sql += f' LIMIT {self.limit_n}'
        return sql
print(Query('users'))
print(Query('users').where('age > 18').where("name LIKE 'A%'").order_by('name').limit(10))
