from typing import List


class Node:
    def __init__(self, key):
        self.key = key
        self.prev = None
        self.next = None


def lru_cache_hits(capacity: int, requests: List[int]) -> int:
    if capacity == 0:
        return 0
    nodes = {}
    head = Node(None)  # head.next is the least recently used
    tail = Node(None)  # tail.prev is the most recently used
    head.next = tail
    tail.prev = head

    def unlink(node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def push_back(node):
        node.prev = tail.prev
        node.next = tail
        tail.prev.next = node
        tail.prev = node

    hits = 0
    for key in requests:
        node = nodes.get(key)
        if node is not None:
            hits += 1
            unlink(node)
            push_back(node)
        else:
            if len(nodes) == capacity:
                old = head.next
                unlink(old)
                del nodes[old.key]
            node = Node(key)
            nodes[key] = node
            push_back(node)
    return hits
