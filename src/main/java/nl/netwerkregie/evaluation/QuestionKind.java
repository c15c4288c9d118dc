package nl.netwerkregie.evaluation;

/** An open question (a text) or a statement scored from 1 (poor) to 5 (very good). */
public enum QuestionKind {
    OPEN,
    SCALE;

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
}
