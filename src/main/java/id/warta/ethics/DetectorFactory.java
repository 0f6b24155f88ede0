package id.warta.ethics;

import java.util.Map;
import java.util.function.Function;

/** Maps the detector names used in rule files to their implementations. */
final class DetectorFactory {
    private static final Map<String, Function<Params, Detector>> DETECTORS = Map.ofEntries(
            Map.entry("lexicon", LexiconDetector::new),
            Map.entry("cooccurrence", CooccurrenceDetector::new),
            Map.entry("marking", MarkingDetector::new),
            Map.entry("populationNumber", PopulationNumberDetector::new),
            Map.entry("taxNumber", TaxNumberDetector::new),
            Map.entry("civilServantNumber", CivilServantNumberDetector::new),
            Map.entry("mobileNumber", MobileNumberDetector::new),
            Map.entry("email", EmailDetector::new),
            Map.entry("bankAccount", BankAccountDetector::new),
            Map.entry("homeAddress", HomeAddressDetector::new),
            Map.entry("licencePlate", LicencePlateDetector::new),
            Map.entry("sensitivePerson", SensitivePersonDetector::new),
            Map.entry("childIdentity", ChildIdentityDetector::new),
            Map.entry("accusation", AccusationDetector::new),
            Map.entry("statisticClaim", StatisticClaimDetector::new),
            Map.entry("timeZone", TimeZoneDetector::new),
            Map.entry("link", LinkDetector::new),
            Map.entry("allCaps", AllCapsDetector::new),
            Map.entry("hashtagWall", HashtagWallDetector::new),
            Map.entry("altText", AltTextDetector::new),
            Map.entry("channelLength", ChannelLengthDetector::new),
            Map.entry("clarificationFormat", ClarificationFormatDetector::new),
            Map.entry("watchList", WatchListDetector::new));

    private DetectorFactory() {
    }

    static Detector create(String name, Params params) {
        Function<Params, Detector> constructor = DETECTORS.get(name);
        if (constructor == null) {
            throw new RulePackException("rule " + params.ruleId() + ": unknown detector '" + name + "'");
        }
        return constructor.apply(params);
    }
}
