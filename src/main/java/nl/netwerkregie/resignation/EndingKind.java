package nl.netwerkregie.resignation;

/** Who ends the membership: the member (opzegging) or the network (beëindiging). */
public enum EndingKind {
    RESIGNATION, TERMINATION
}
