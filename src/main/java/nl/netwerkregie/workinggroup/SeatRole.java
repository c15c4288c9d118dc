package nl.netwerkregie.workinggroup;

/** The role of a seat in a werkgroep. Every werkgroep needs a chair and a vice chair before it gets an assignment. */
public enum SeatRole {
    CHAIR, VICE_CHAIR, MEMBER;

    /** Chairs and vice chairs report on the werkgroep's assignments. */
    public boolean reports() {
        return this != MEMBER;
    }
}
