package cn.nianbao.extract;

/**
 * Disjoint sets over 0..n-1, for the readers that rebuild grids from lines (PDF rulings, scan rules): which
 * lines touch each other, which grid squares form one merged cell. A set's root is its smallest member.
 */
public final class UnionFind {
    private final int[] parent;

    public UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    public int find(int element) {
        int root = element;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[element] != root) {
            int next = parent[element];
            parent[element] = root;
            element = next;
        }
        return root;
    }

    public void union(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
