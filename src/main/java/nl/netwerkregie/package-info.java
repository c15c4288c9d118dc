/**
 * Netwerkregie. One package per feature (membership, board, admission, workinggroup, annualplan,
 * resignation) plus {@code shared} and {@code security}; see docs/architecture.md.
 */
package nl.netwerkregie;
