n = int(input())
values = set(map(int, input().split()))
ordered = sorted(values)
print(len(ordered), *ordered[:10])
