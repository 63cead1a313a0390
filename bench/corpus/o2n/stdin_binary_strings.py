def emit(prefix, n, out):
    if len(prefix) == n:
        out.append(prefix)
        return
    emit(prefix + "0", n, out)
    emit(prefix + "1", n, out)


n = int(input())
result = []
emit("", n, result)
print("\n".join(result))
