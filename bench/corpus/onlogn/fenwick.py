import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    tree = [0] * (n + 1)

    def update(i, delta):
        while i <= n:
            tree[i] += delta
            i += i & -i

    def query(i):
        s = 0
        while i > 0:
            s += tree[i]
            i -= i & -i
        return s

    answers = []
    for k in range(n):
        v = int(data[1 + k])
        update(v, 1)
        answers.append(k + 1 - query(v))
    print(sum(answers))


main()
