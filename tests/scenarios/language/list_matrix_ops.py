A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
def matmul(X, Y):
    return [[sum(X[i][k] * Y[k][j] for k in range(len(Y))) for j in range(len(Y[0]))] for i in range(len(X))]
print(matmul(A, B))
print([list(r) for r in zip(*A)])
print([[a + b for a, b in zip(ra, rb)] for ra, rb in zip(A, B)])
I = [[int(i == j) for j in range(3)] for i in range(3)]
for row in I:
    print(' '.join(str(v) for v in row))
flat = [v for row in B for v in row]
print(flat, sum(map(sum, B)), max(map(max, A)))
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
