package city.science.qa.web;

/**
 * A request that contradicts what is stored (an article id already taken, an article
 * already withdrawn); nothing was changed.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

}
