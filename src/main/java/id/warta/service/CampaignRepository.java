package id.warta.service;

import id.warta.domain.Campaign;
import java.util.List;

public interface CampaignRepository {
    Campaign save(Campaign campaign);

    List<Campaign> findByClient(String clientId);

    List<Campaign> findAll();
}
