/**
 * Security: roles (= Camunda candidate groups), the current user, login against the Camunda identity
 * store, and the three doors (Vaadin UI, Camunda REST API, Camunda webapps).
 */
package nl.netwerkregie.security;
