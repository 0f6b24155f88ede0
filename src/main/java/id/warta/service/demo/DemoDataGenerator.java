package id.warta.service.demo;

import id.warta.domain.AccountZone;
import id.warta.domain.ContentType;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.PostVariant;
import id.warta.domain.WorkflowState;
import id.warta.service.demo.CatalogueFactory.ClientBundle;
import id.warta.service.demo.DemoSchedule.Slot;
import id.warta.service.demo.Observances.Observance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Generates the demo data set: three fictional agencies, their accounts and campaigns, and about 180 posts over
 * the three months around a given day, in every workflow state, some with deliberate ethics problems.
 *
 * <p>Pure and deterministic: the same day and seed give equal output, ids included, because every random choice
 * (ids too) comes from one {@link Random} seeded with the seed.
 */
public final class DemoDataGenerator {
    private static final Set<WorkflowState> FLAGGABLE = Set.of(WorkflowState.DRAFT, WorkflowState.IN_REVIEW);

    private final Clock clock;

    public DemoDataGenerator() {
        this(Clock.systemUTC());
    }

    /** @param clock gives "today" (in WIB) for {@link #generate(long)} */
    public DemoDataGenerator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Generates around today's date in WIB. */
    public DemoData generate(long seed) {
        return generate(LocalDate.now(clock.withZone(AccountZone.WIB.zoneId())), seed);
    }

    public DemoData generate(LocalDate today, long seed) {
        Objects.requireNonNull(today, "today");
        Random random = new Random(seed);
        TemplateLibrary library = new TemplateLibrary();
        DemoIds ids = new DemoIds(random);
        List<ClientBundle> bundles = CatalogueFactory.build(today, ids);
        List<Slot> slots = DemoSchedule.slots(today, bundles.size(), random);
        List<WorkflowState> states = DemoSchedule.states(slots, random);
        Map<Integer, PostTemplate> flagged = placeFlagged(library.flagged(), slots, states, bundles, random);

        PostFactory factory = new PostFactory(random, ids, today);
        List<TypeDeck> decks = bundles.stream().map(b -> new TypeDeck(b.profile().contentTypes())).toList();
        Set<LocalDate> greeted = new HashSet<>();
        List<Post> posts = new ArrayList<>();
        List<PostTarget> targets = new ArrayList<>();
        List<PostVariant> variants = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            ClientBundle bundle = bundles.get(slot.clientIndex());
            Optional<Observance> observance = Observances.on(slot.date());
            PostTemplate template;
            Observance greeting = null;
            if (flagged.containsKey(i)) {
                template = flagged.get(i);
            } else if (observance.isPresent() && greeted.add(slot.date())) {
                greeting = observance.get();
                template = library.greeting(bundle.profile().key(), random);
            } else {
                ContentType type = decks.get(slot.clientIndex()).next(random);
                template = library.pick(bundle.profile().key(), type, random);
            }
            PostFactory.Built built = factory.build(slot, bundle, states.get(i), template, greeting);
            posts.add(built.post());
            targets.addAll(built.targets());
            variants.addAll(built.variants());
        }
        return new DemoData(
                bundles.stream().map(ClientBundle::client).toList(),
                bundles.stream().flatMap(b -> b.accounts().stream()).toList(),
                bundles.stream().flatMap(b -> b.campaigns().values().stream()).toList(),
                posts, targets, variants);
    }

    /** Puts each flawed text on a draft or in-review slot of its own client. */
    private static Map<Integer, PostTemplate> placeFlagged(List<PostTemplate> flawed, List<Slot> slots,
                                                           List<WorkflowState> states, List<ClientBundle> bundles,
                                                           Random random) {
        List<PostTemplate> pending = new ArrayList<>(flawed);
        Collections.shuffle(pending, random);
        Map<Integer, PostTemplate> placed = new HashMap<>();
        for (PostTemplate t : pending) {
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                String key = bundles.get(slots.get(i).clientIndex()).profile().key();
                if (key.equals(t.clientKey()) && FLAGGABLE.contains(states.get(i)) && !placed.containsKey(i)) {
                    candidates.add(i);
                }
            }
            if (!candidates.isEmpty()) {
                placed.put(candidates.get(random.nextInt(candidates.size())), t);
            }
        }
        return placed;
    }

    /** Deals a client's content types in shuffled rounds, so every type comes up before any repeats. */
    private static final class TypeDeck {
        private final List<ContentType> types;
        private final List<ContentType> hand = new ArrayList<>();

        TypeDeck(List<ContentType> types) {
            this.types = types;
        }

        ContentType next(Random random) {
            if (hand.isEmpty()) {
                hand.addAll(types);
                Collections.shuffle(hand, random);
            }
            return hand.remove(hand.size() - 1);
        }
    }
}
