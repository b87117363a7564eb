package dev.duet;

import dev.duet.diagnostic.Problem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The problems a build found, each kept under the stage that found it; listed in stage order, and within a stage
 * in the order found.
 */
final class StageProblems {

    /** The stages of a build, in the order they run. */
    enum Stage {
        /** Reading the article files. */
        READ,
        /** Pairing translations, reading the glossary and making the model. */
        ASSEMBLE,
        /**
         * Planning the files the site has (the theme's, the site's static files), making each page's view and
         * rendering it: reported together, in file order.
         */
        RENDER,
        /** Writing the output: stale files removed, bookkeeping saved. */
        WRITE
    }

    private final Map<Stage, List<Problem>> byStage = new EnumMap<>(Stage.class);

    /** The problems of one stage, to add to; a stage's code that takes a list of problems is given this one. */
    List<Problem> of(Stage stage) {
        return byStage.computeIfAbsent(stage, s -> new ArrayList<>());
    }

    void addAll(Stage stage, List<Problem> problems) {
        of(stage).addAll(problems);
    }

    /** Every problem, in stage order. */
    List<Problem> toList() {
        List<Problem> all = new ArrayList<>();
        byStage.values().forEach(all::addAll);
        return List.copyOf(all);
    }
}
