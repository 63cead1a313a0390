class ListNode:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt


def length(head):
    count = 0
    node = head
    while node is not None:
        count += 1
        node = node.next
    return count
