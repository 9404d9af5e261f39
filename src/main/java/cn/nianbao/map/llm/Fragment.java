package cn.nianbao.map.llm;

import cn.nianbao.document.TableCell;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The source text the model sees for a gap: the left-over rows, their non-blank value cells numbered as
 * tokens. Whatever the model proposes must be one of these tokens, each used at most as often as the
 * source has it: that is what makes its reply checkable.
 */
final class Fragment {
    private final List<TableCell> tokens = new ArrayList<>();
    /** For each token, the index of its row in the gap. */
    private final List<Integer> rowOfToken = new ArrayList<>();
    private final String text;

    Fragment(List<Gap.PlacedBetween> rows) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            Gap.PlacedBetween row = rows.get(r);
            out.append("R").append(r + 1);
            if (!row.label().isEmpty()) {
                out.append("「").append(row.label()).append("」");
            }
            if (!row.before().isEmpty() || !row.after().isEmpty()) {
                out.append("（位于「").append(orNone(row.before())).append("」与「").append(orNone(row.after()))
                        .append("」之间）");
            }
            out.append("：");
            for (TableCell cell : row.row().values()) {
                String token = cell.text().strip();
                if (!token.isEmpty()) {
                    tokens.add(cell.withText(token));
                    rowOfToken.add(r);
                    out.append(" [").append(tokens.size()).append("]").append(token);
                }
            }
            out.append('\n');
        }
        this.text = out.toString();
    }

    private static String orNone(String label) {
        return label.isEmpty() ? "（无）" : label;
    }

    String text() {
        return text;
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The indexes (in the gap) of the rows every one of whose tokens is among these cells. */
    Set<Integer> rowsAllUsed(Collection<TableCell> used) {
        Set<Integer> partly = new HashSet<>();
        Set<Integer> all = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            TableCell token = tokens.get(i);
            boolean taken = used.stream().anyMatch(u -> u == token);
            (taken ? all : partly).add(rowOfToken.get(i));
        }
        all.removeAll(partly);
        return all;
    }

    /** Hands out the source cells for a reply's tokens, each occurrence once, in the order they are asked for. */
    Tokens tokens() {
        return new Tokens();
    }

    final class Tokens {
        private final Map<Integer, Boolean> used = new HashMap<>();

        /** The next unused source cell with exactly this text, or null when the fragment has none left. */
        TableCell take(String token) {
            for (int i = 0; i < tokens.size(); i++) {
                if (!used.containsKey(i) && tokens.get(i).text().equals(token)) {
                    used.put(i, true);
                    return tokens.get(i);
                }
            }
            return null;
        }
    }
}
