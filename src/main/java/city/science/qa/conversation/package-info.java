/**
 * Conversations: their turns in PostgreSQL (so any instance can continue any
 * conversation), follow-up resolution against earlier turns, the page's replay after a
 * reload, and readers' feedback.
 */
package city.science.qa.conversation;
