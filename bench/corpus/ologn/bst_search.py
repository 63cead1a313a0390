class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right


def build_balanced(keys, lo=0, hi=None):
    if hi is None:
        hi = len(keys)
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(keys[mid], build_balanced(keys, lo, mid), build_balanced(keys, mid + 1, hi))


def contains(root, key):
    node = root
    while node is not None:
        if key == node.key:
            return True
        node = node.left if key < node.key else node.right
    return False
