/** Documents kept with a case or an organisation (PDF and Word), size- and type-checked, in our own table. */
package nl.netwerkregie.shared.document;
