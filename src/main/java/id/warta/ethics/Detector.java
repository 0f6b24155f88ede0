package id.warta.ethics;

import java.util.function.Consumer;

/** Finds the spans of one rule. Built once per rule pack; must keep no state between checks. */
interface Detector {
    void detect(DetectionInput input, Consumer<Hit> hits);
}
