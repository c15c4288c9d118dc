/**
 * Security: roles (= Camunda candidate groups), the current user, login against the Camunda identity
 * store, and the Camunda webapps' single sign-on. It depends on no other module of ours; the three doors
 * (Vaadin UI, Camunda REST API, Camunda webapps) are configured on the UI side, beside the login view, in
 * {@code shared.ui.UiSecurityConfig}.
 */
package nl.netwerkregie.security;
