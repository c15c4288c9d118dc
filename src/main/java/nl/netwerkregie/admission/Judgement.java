package nl.netwerkregie.admission;

/** The coordinator's judgement of one admission criterion. Labels: {@code admission.judgement.<NAME>}. */
public enum Judgement {
    MET, NOT_MET, NOT_YET
}
