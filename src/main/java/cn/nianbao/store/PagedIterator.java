package cn.nianbao.store;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/** Walks query results a page at a time; an empty page ends it. */
final class PagedIterator<T> implements Iterator<T> {
    private final IntFunction<List<T>> pages;
    private List<T> current = List.of();
    private int index;
    private int page;
    private boolean exhausted;

    PagedIterator(IntFunction<List<T>> pages) {
        this.pages = pages;
    }

    @Override
    public boolean hasNext() {
        if (index < current.size()) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        current = pages.apply(page++);
        index = 0;
        exhausted = current.isEmpty();
        return !current.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.get(index++);
    }
}
