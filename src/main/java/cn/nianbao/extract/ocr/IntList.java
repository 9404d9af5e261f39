package cn.nianbao.extract.ocr;

import java.util.Arrays;

/** A growable list of ints: the image scans collect millions of coordinates, too many to box. */
final class IntList {
    private int[] values = new int[1024];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
