/**
 * The national view (issue 13): the national support organisation (role {@code NATIONAL}, of no network) reads
 * the figures of the networks whose board agreed to share them, side by side, and exports them as CSV; a
 * network's coordinator switches its sharing on or off, with the board's decision ({@code netwerk/delen}).
 * <p>
 * Figures only: the feature modules count in the database (members per kind, admissions and endings per year,
 * werkgroep assignments per theme and status, the jaarplannen's totals) and hand out numbers, never an
 * organisation, a person or a text. {@link nl.netwerkregie.national.NationalFigures} asks them once per sharing
 * network, inside {@code CurrentNetwork.as(network, ...)} and outside any transaction, so each count is filtered
 * by that network like every other query. Read-only: nothing here changes a network's data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "National view")
package nl.netwerkregie.national;
