package nl.netwerkregie.annualreport;

/**
 * The sections of a jaarverslag, in the order of the report, each with the coordinators' own text beside the
 * compiled figures. Labels: {@code jaarverslag.section.<NAME>}.
 */
public enum Section {
    INTRODUCTION, MEMBERS, DECISIONS, WERKGROEPEN, JAARPLAN, FINANCES, EVALUATIONS
}
