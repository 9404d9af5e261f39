package cn.nianbao.extract.ocr;

/** Groups of indices joined pair by pair: rules that cross, grid slots that merge. */
final class UnionFind {
    private final int[] parent;

    UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    void join(int a, int b) {
        parent[root(a)] = root(b);
    }

    /** The same number for every member of a group. */
    int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
