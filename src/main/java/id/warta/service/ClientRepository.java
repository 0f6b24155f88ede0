package id.warta.service;

import id.warta.domain.Client;
import java.util.List;
import java.util.Optional;

public interface ClientRepository {
    /** Inserts a client with version 0, or updates one whose version still matches; returns the saved row. */
    Client save(Client client);

    Optional<Client> findById(String id);

    /** Case-insensitive, exact match on the full name or the short name. */
    Optional<Client> findByName(String name);

    List<Client> findAll();

    long count();
}
