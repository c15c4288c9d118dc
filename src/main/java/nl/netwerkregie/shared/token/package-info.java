/** Secret tokens for links that open a page without a login. */
package nl.netwerkregie.shared.token;
