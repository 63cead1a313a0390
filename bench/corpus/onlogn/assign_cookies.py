def content_children(greed, sizes):
    greed.sort()
    sizes.sort()
    child = 0
    for s in sizes:
        if child < len(greed) and s >= greed[child]:
            child += 1
    return child
