package nl.netwerkregie.faults.driver;

/** One kind of step the load driver repeats: votes, intakes, or progress reports. */
interface Work {

    /** Does one step if there is one to do; false when there is nothing to do right now. */
    boolean step(Journal journal);
}
