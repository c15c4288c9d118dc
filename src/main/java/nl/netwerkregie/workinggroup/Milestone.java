package nl.netwerkregie.workinggroup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A milestone of an assignment's tijdspad: a date and what is to be reached by then. */
@Embeddable
public class Milestone {

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(nullable = false)
    private String description;

    protected Milestone() {
    }

    public Milestone(LocalDate dueDate, String description) {
        this.dueDate = dueDate;
        this.description = description == null ? null : description.strip();
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String description() {
        return description;
    }
}
