/** Shared cells of the XLSX exports (fastexcel). */
package nl.netwerkregie.shared.xlsx;
