package nl.netwerkregie.myorganisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One field of a correction: its value when the contact proposed the change, and the new value. */
@Embeddable
class CorrectionChange {

    @Enumerated(EnumType.STRING)
    @Column(name = "field_name", nullable = false)
    private CorrectionField field;
    private String oldValue;
    private String newValue;

    protected CorrectionChange() {
    }

    CorrectionChange(CorrectionField field, String oldValue, String newValue) {
        this.field = field;
        this.oldValue = oldValue == null || oldValue.isEmpty() ? null : oldValue;
        this.newValue = newValue == null || newValue.isEmpty() ? null : newValue;
    }

    CorrectionField field() {
        return field;
    }

    String oldValue() {
        return oldValue == null ? "" : oldValue;
    }

    String newValue() {
        return newValue == null ? "" : newValue;
    }
}
