package id.warta.service;

import id.warta.domain.Account;
import java.util.List;
import java.util.Optional;

public interface AccountRepository {
    Account save(Account account);

    Optional<Account> findById(String id);

    List<Account> findByClient(String clientId);

    List<Account> findAll();

    long count();
}
