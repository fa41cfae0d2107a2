package dev.sluice.runtime;

/**
 * Thrown by an {@code @OnHttp} method to answer with a 4xx status: the response carries the status, its reason
 * and this exception's message as a small JSON problem body, with the route's CORS headers. Any other exception
 * is a 500 whose body names only the request id.
 */
public class HttpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /** {@code status}: 400 to 499. */
    public HttpException(int status, String message) {
        super(message);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("HttpException is for 4xx statuses, not " + status);
        }
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** 400: the request is malformed (a parameter or body that does not decode is answered so already). */
    public static final class BadRequest extends HttpException {
        private static final long serialVersionUID = 1L;

        public BadRequest(String message) {
            super(400, message);
        }
    }

    /** 401: the caller is not authenticated. */
    public static final class Unauthorized extends HttpException {
        private static final long serialVersionUID = 1L;

        public Unauthorized(String message) {
            super(401, message);
        }
    }

    /** 403: the caller may not do this. */
    public static final class Forbidden extends HttpException {
        private static final long serialVersionUID = 1L;

        public Forbidden(String message) {
            super(403, message);
        }
    }

    /** 404: no such resource. */
    public static final class NotFound extends HttpException {
        private static final long serialVersionUID = 1L;

        public NotFound(String message) {
            super(404, message);
        }
    }

    /** 409: the request conflicts with the resource's state (e.g. it exists already). */
    public static final class Conflict extends HttpException {
        private static final long serialVersionUID = 1L;

        public Conflict(String message) {
            super(409, message);
        }
    }

    /** 422: well-formed, but the values are not acceptable. */
    public static final class UnprocessableEntity extends HttpException {
        private static final long serialVersionUID = 1L;

        public UnprocessableEntity(String message) {
            super(422, message);
        }
    }

    /** 429: too many requests; try later. */
    public static final class TooManyRequests extends HttpException {
        private static final long serialVersionUID = 1L;

        public TooManyRequests(String message) {
            super(429, message);
        }
    }
}
