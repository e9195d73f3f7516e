package com.souk.workflow.operaton.webapp;

import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.authorization.Groups;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.User;

/**
 * The engine's user store as a mirror of Souk's staff: the webapps look users and groups up there, so a Souk
 * administrator or agent gets an engine user of the same name, without a password (only Souk's login lets
 * them in), and the group of their role.
 */
final class StaffAccounts {

    /** Members are engine administrators: every app and every resource. */
    static final String ADMIN_GROUP = Groups.OPERATON_ADMIN;

    /** The candidate group of the "Review dispute" task in bpmn/purchase.bpmn. */
    static final String AGENT_GROUP = "dispute-agents";

    static final Set<String> MANAGED_GROUPS = Set.of(ADMIN_GROUP, AGENT_GROUP);

    /**
     * A passwordless member of the admin group. While that group is empty the webapps send everyone to their
     * "create the first admin" page; this account keeps it closed. Nobody can sign in as it: it has no password
     * and single sign-on never maps a Souk user onto it.
     */
    static final String PLACEHOLDER_ADMIN = "souk-operator";

    /** Souk user names (letters, digits, dots, dashes, underscores) are valid engine ids. */
    static final String ID_PATTERN = "[a-zA-Z0-9][a-zA-Z0-9._@-]*";

    private StaffAccounts() {
    }

    /** Creates the user if missing and sets its memberships among the managed groups to exactly these. */
    static void mirror(IdentityService identity, String userId, List<String> groups) {
        if (!userExists(identity, userId)) {
            User user = identity.newUser(userId);
            user.setFirstName(userId);
            user.setLastName("(Souk)");
            unlessDoneMeanwhile(() -> identity.saveUser(user), () -> userExists(identity, userId));
        }
        Set<String> current = memberships(identity, userId);
        for (String group : groups) {
            if (!current.contains(group)) {
                unlessDoneMeanwhile(() -> identity.createMembership(userId, group),
                        () -> memberships(identity, userId).contains(group));
            }
        }
        for (String group : current) {
            if (!groups.contains(group)) {
                identity.deleteMembership(userId, group);
            }
        }
    }

    /** Makes sure the admin group has a member, so the webapps never offer their first-admin setup. */
    static void keepSetupClosed(IdentityService identity) {
        if (!userExists(identity, PLACEHOLDER_ADMIN)) {
            User user = identity.newUser(PLACEHOLDER_ADMIN);
            user.setFirstName("Souk");
            user.setLastName("(no sign-in)");
            unlessDoneMeanwhile(() -> identity.saveUser(user), () -> userExists(identity, PLACEHOLDER_ADMIN));
        }
        if (!memberships(identity, PLACEHOLDER_ADMIN).contains(ADMIN_GROUP)) {
            unlessDoneMeanwhile(() -> identity.createMembership(PLACEHOLDER_ADMIN, ADMIN_GROUP),
                    () -> memberships(identity, PLACEHOLDER_ADMIN).contains(ADMIN_GROUP));
        }
    }

    private static boolean userExists(IdentityService identity, String userId) {
        return identity.createUserQuery().userId(userId).count() > 0;
    }

    private static Set<String> memberships(IdentityService identity, String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .filter(MANAGED_GROUPS::contains).collect(Collectors.toSet());
    }

    /** Two first requests of the same person may race to create the same row; losing that race is fine. */
    private static void unlessDoneMeanwhile(Runnable change, BooleanSupplier done) {
        try {
            change.run();
        } catch (ProcessEngineException e) {
            if (!done.getAsBoolean()) {
                throw e;
            }
        }
    }
}
