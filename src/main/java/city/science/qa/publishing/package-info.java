/**
 * Publishing from the staff page: a pasted news page becomes the importer's draft, staff
 * edit and publish it, and the article is indexed incrementally (only its passages are
 * embedded) with progress streamed to the page; replacing and withdrawing work the same
 * way, and every action is recorded.
 */
package city.science.qa.publishing;
