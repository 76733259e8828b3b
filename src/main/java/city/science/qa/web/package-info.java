/**
 * What every request goes through: RFC 9457 problem responses instead of stack traces,
 * request limits, and the admin token.
 */
package city.science.qa.web;
