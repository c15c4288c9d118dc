/** Outgoing e-mail: plain text, sent after the commit, never breaking a flow when the mail server fails. */
package nl.netwerkregie.shared.mail;
