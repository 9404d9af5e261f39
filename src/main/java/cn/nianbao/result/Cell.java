package cn.nianbao.result;

import cn.nianbao.document.Origin;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * One cell of the form as extracted: its value, the raw text it came from, its state. Mutable because
 * inference and review change it in place; {@code raw} stays what the source had ({@code null} when the
 * source lost the cell).
 */
@JsonPropertyOrder({"key", "value", "raw", "state", "confidence", "ocr", "alternatives", "origin"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Cell {
    private final String key;
    private BigDecimal value;
    private String raw;
    private CellState state;
    private Double confidence;
    private Origin origin;
    private boolean ocr;
    private List<String> alternatives = List.of();

    public Cell(String key, BigDecimal value, String raw, CellState state, Double confidence, Origin origin) {
        this.key = key;
        this.value = value;
        this.raw = raw;
        this.state = state;
        this.confidence = confidence;
        this.origin = origin;
    }

    /** A cell as its JSON has it (a stored result read back for review). */
    @JsonCreator
    static Cell fromJson(@JsonProperty("key") String key, @JsonProperty("value") BigDecimal value,
                         @JsonProperty("raw") String raw, @JsonProperty("state") CellState state,
                         @JsonProperty("confidence") Double confidence, @JsonProperty("origin") Origin origin,
                         @JsonProperty("ocr") boolean ocr, @JsonProperty("alternatives") List<String> alternatives) {
        Cell cell = new Cell(key, value, raw, state, confidence, origin);
        if (ocr) {
            cell.readByOcr(alternatives == null ? List.of() : alternatives);
        }
        return cell;
    }

    /** A copy, so that a recheck can change cells without touching the result it started from. */
    public Cell copy() {
        Cell copy = new Cell(key, value, raw, state, confidence, origin);
        copy.ocr = ocr;
        copy.alternatives = alternatives;
        return copy;
    }

    public static Cell missing(String key) {
        return new Cell(key, null, null, CellState.MISSING, null, null);
    }

    public String getKey() {
        return key;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getRaw() {
        return raw;
    }

    public CellState getState() {
        return state;
    }

    public Double getConfidence() {
        return confidence;
    }

    public Origin getOrigin() {
        return origin;
    }

    /** Whether the text was read by OCR (and so may be misread); {@code confidence} is then OCR's. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean isOcr() {
        return ocr;
    }

    /** Other readings OCR considered for the text, most likely first. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<String> getAlternatives() {
        return alternatives;
    }

    /** Marks the cell as read by OCR, with the readings OCR considered besides {@code raw}. */
    public void readByOcr(List<String> otherReadings) {
        this.ocr = true;
        this.alternatives = List.copyOf(otherReadings);
    }

    /** Whether the source lost the cell altogether (as opposed to having it blank or unreadable). */
    public boolean lostInSource() {
        return raw == null && origin == null;
    }

    /** Whether the cell has a number the identities can use. */
    public boolean hasValue() {
        return value != null;
    }

    public void infer(BigDecimal inferred) {
        this.value = inferred;
        this.state = CellState.INFERRED;
        this.confidence = null;
    }

    /** Undoes an inference, so that it can be made again from the other cells as they are now. */
    public void forgetInference() {
        if (state == CellState.INFERRED) {
            this.value = null;
            this.state = raw != null && raw.isBlank() ? CellState.BLANK : CellState.MISSING;
        }
    }

    /** A reviewer's value: the source's text and position stay, as the audit trail refers to them. */
    public void correct(BigDecimal corrected) {
        this.value = corrected;
        this.state = CellState.CORRECTED;
        this.confidence = null;
    }

    public void set(BigDecimal newValue, String newRaw, CellState newState, Double newConfidence, Origin newOrigin) {
        this.value = newValue;
        this.raw = newRaw;
        this.state = newState;
        this.confidence = newConfidence;
        this.origin = newOrigin;
    }
}
