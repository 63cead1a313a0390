n = int(input())
people = []
for _ in range(n):
    name, age = input().split()
    people.append((int(age), name))
people.sort(key=lambda p: (-p[0], p[1]))
for age, name in people:
    print(name, age)
