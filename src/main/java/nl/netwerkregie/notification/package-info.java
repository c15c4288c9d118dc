/**
 * Told in time: everyone hears of their work by e-mail. A mail for each new task (to the person it is for, or to
 * each member of the group it is offered to, in their own language), or one daily digest, or none, as each person
 * chose in Mijn instellingen; reminders some days before a task's due date and on the day it is late; and for the
 * coordinators a daily list of what is late. Every mail goes through the outbox of shared.mail: written in the
 * transaction of the step that causes it, sent after the commit, never twice for one event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package nl.netwerkregie.notification;
