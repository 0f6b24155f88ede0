package id.warta.service.demo;

import id.warta.domain.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The demo office's people, one per role and a second writer, who share one published password so
 * anyone trying Warta can sign in as each of them. Never use these names on real data.
 */
public final class DemoUsers {
    /** Written in the README; a demo database is fictional, so a public password costs nothing. */
    public static final String PASSWORD = "demo-warta-2026";
    public static final String SUPERVISOR = "demo.penyelia";
    public static final String DEPUTY = "demo.plh";

    /** One demo person. */
    public record Person(String username, String displayName, Set<Role> roles, boolean writes) {
        public Person {
            roles = Set.copyOf(roles);
        }
    }

    public static final List<Person> ALL = List.of(
            new Person("demo.staf", "Rina Kusumawati", EnumSet.of(Role.STAFF), true),
            new Person("demo.staf2", "Dimas Prasetyo", EnumSet.of(Role.STAFF), true),
            new Person(SUPERVISOR, "Sri Wahyuningsih", EnumSet.of(Role.SUPERVISOR), false),
            new Person(DEPUTY, "Agus Setiawan", EnumSet.of(Role.SUPERVISOR, Role.STAFF), false),
            new Person("demo.admin", "Yohanes Manurung", EnumSet.of(Role.ADMIN), false));

    private DemoUsers() {
    }

    public static List<Person> writers() {
        return ALL.stream().filter(Person::writes).toList();
    }
}
