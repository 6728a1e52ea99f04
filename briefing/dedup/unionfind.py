"""A union-find (disjoint sets) over the integers 0..n-1."""

from __future__ import annotations


class UnionFind:
    """Path-halving, union by size.  ``groups()`` lists the sets of more than one member."""

    __slots__ = ("_parent", "_size")

    def __init__(self, n: int) -> None:
        self._parent = list(range(n))
        self._size = [1] * n

    def find(self, x: int) -> int:
        parent = self._parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        """Join the sets of ``a`` and ``b``; False when they were already one set."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self._size[ra] < self._size[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._size[ra] += self._size[rb]
        return True

    def same(self, a: int, b: int) -> bool:
        return self.find(a) == self.find(b)

    def groups(self) -> list[list[int]]:
        """Every set with at least two members, members ascending, sets by their smallest member."""
        by_root: dict[int, list[int]] = {}
        for x in range(len(self._parent)):
            if self._size[x] == 1 and self._parent[x] == x:
                continue
            by_root.setdefault(self.find(x), []).append(x)
        return [g for g in by_root.values() if len(g) > 1]
