package id.warta.service;

import java.nio.file.Path;

/**
 * What an evidence export wrote.
 *
 * @param written  the folder or .zip file
 * @param exported entries in the export
 * @param chain    the state of the whole chain when it was exported
 */
public record EvidenceResult(Path written, int exported, ChainStatus chain) {
}
