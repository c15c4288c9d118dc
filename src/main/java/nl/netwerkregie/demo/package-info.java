/** Demo users and organisations, only in the {@code demo} profile (the embedded default of the run command). */
package nl.netwerkregie.demo;
