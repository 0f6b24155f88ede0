package id.warta.persistence;

import id.warta.domain.AccountZone;
import id.warta.domain.Channel;
import id.warta.domain.ContentType;
import id.warta.domain.WorkflowState;
import id.warta.service.StorageException;
import id.warta.service.StorageException.Reason;

/** Reads enum codes back from rows; an unknown code means the row was written by something else. */
final class Codes {
    private Codes() {
    }

    static Channel channel(String code) {
        return Channel.fromCode(code).orElseThrow(() -> unknown("channel", code));
    }

    static AccountZone zone(String zoneId) {
        return AccountZone.fromZoneId(zoneId).orElseThrow(() -> unknown("zone", zoneId));
    }

    static ContentType contentType(String code) {
        return ContentType.fromCode(code).orElseThrow(() -> unknown("content type", code));
    }

    static WorkflowState state(String code) {
        return WorkflowState.fromCode(code).orElseThrow(() -> unknown("state", code));
    }

    private static StorageException unknown(String what, String code) {
        return new StorageException(Reason.DAMAGED, "Unknown " + what + " code in database: " + code, code);
    }
}
