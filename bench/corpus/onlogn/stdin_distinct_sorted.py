import sys

data = sys.stdin.read().split()
n = int(data[0])
values = sorted(int(x) for x in data[1 : n + 1])
distinct = [values[0]] if values else []
for v in values[1:]:
    if v != distinct[-1]:
        distinct.append(v)
print(len(distinct))
