package id.warta.service;

import id.warta.domain.AccountPlan;
import java.util.List;
import java.util.Optional;

public interface AccountPlanRepository {
    /** Stores the plan; an empty plan removes the row. */
    void save(AccountPlan plan);

    Optional<AccountPlan> find(String accountId);

    List<AccountPlan> findAll();
}
