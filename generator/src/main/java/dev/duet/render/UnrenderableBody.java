package dev.duet.render;

import dev.duet.diagnostic.Problem;

/** An article body the Markdown parser could not take, met while making a view; the page that shows it fails. */
final class UnrenderableBody extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    UnrenderableBody(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
