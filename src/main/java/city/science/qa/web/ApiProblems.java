package city.science.qa.web;

import java.net.URI;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves as RFC 9457 problem+json: the framework's own (malformed JSON, wrong content
 * type, unknown route) through the base class, ours here. No stack trace reaches a client.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(BadRequestException.class)
  public ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    problem.setProperties(Map.of("field", e.field()));
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(NotFoundException.class)
  public ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage()));
  }

  @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
      CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class})
  public ResponseEntity<ProblemDetail> databaseDown(Exception e) {
    log.warn("database unavailable: {}", e.getClass().getSimpleName());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem(HttpStatus.SERVICE_UNAVAILABLE,
        "Service unavailable", "The passage index cannot be reached right now. Please try again shortly."));
  }

  /** Anything else: logged in full here, a plain 500 problem for the client. */
  @ExceptionHandler(Exception.class)
  public ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("unexpected error", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
        "Internal error", "Something went wrong on our side. Please try again."));
  }

  public static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }
}
