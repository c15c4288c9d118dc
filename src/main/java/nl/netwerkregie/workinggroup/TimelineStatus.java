package nl.netwerkregie.workinggroup;

/** Where a progress report says the assignment stands against its tijdspad. */
public enum TimelineStatus {
    ON_TRACK, AT_RISK, DELAYED
}
