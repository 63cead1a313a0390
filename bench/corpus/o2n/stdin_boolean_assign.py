n = int(input())
clauses = [tuple(map(int, input().split())) for _ in range(n)]
satisfiable = False
for assignment in range(2**n):
    ok = True
    for a, b in clauses:
        va = (assignment >> (abs(a) % n)) & 1
        vb = (assignment >> (abs(b) % n)) & 1
        if not (va or vb):
            ok = False
            break
    if ok:
        satisfiable = True
        break
print(satisfiable)
