package id.warta.service;

import id.warta.domain.Delegation;
import java.util.List;

public interface DelegationRepository {
    void save(Delegation delegation);

    void revoke(String delegationId);

    /** Delegations given to this user, active or not. */
    List<Delegation> toUser(String userId);

    /** Delegations given by this user, active or not. */
    List<Delegation> fromUser(String userId);

    /** Every delegation, newest start first. */
    List<Delegation> findAll();

    java.util.Optional<Delegation> findById(String id);
}
