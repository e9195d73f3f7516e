package com.souk.workflow.operaton.webapp;

import com.souk.workflow.OnOperaton;
import java.util.Map;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Groups;
import org.operaton.bpm.engine.authorization.Permission;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resource;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.operaton.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Signs Souk's staff in to Operaton's webapps and sets what they may do there: administrators everything
 * (Cockpit, Tasklist, Admin), dispute agents Tasklist, read-only. Agents decide disputes on Souk's desk
 * (/agent/tasks), which checks the refund and records the decision on the dispute; completing the task in
 * Tasklist would skip both, so the engine grants agents reading, not working, on tasks.
 */
@OnOperaton
@Configuration(proxyBeanMethods = false)
class WebappConfiguration {

    /** Runs right after Spring Security, which has already signed the user in and checked the role for the path. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> soukSingleSignOnFilter(
            @Value("${operaton.bpm.webapp.application-path:/operaton}") String path) {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("Souk single sign-on for the Operaton webapps");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SoukSingleSignOn.class.getName()));
        registration.addUrlPatterns(path + "/app/*", path + "/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    @Bean
    StaffAccess staffAccess() {
        return new StaffAccess();
    }

    /** Engine settings for mirrored staff, and the groups and grants they rely on (created once, kept after). */
    static class StaffAccess extends AbstractProcessEnginePlugin {

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            configuration.setUserResourceWhitelistPattern(StaffAccounts.ID_PATTERN);
            configuration.setGroupResourceWhitelistPattern(StaffAccounts.ID_PATTERN);
            // A candidate group or assignee gets this on each task; by default it is UPDATE, which would let
            // agents complete dispute tasks in Tasklist.
            configuration.setDefaultUserPermissionForTask(Permissions.READ);
        }

        @Override
        public void postProcessEngineBuild(ProcessEngine engine) {
            IdentityService identity = engine.getIdentityService();
            group(identity, StaffAccounts.ADMIN_GROUP, "Souk administrators", Groups.GROUP_TYPE_SYSTEM);
            group(identity, StaffAccounts.AGENT_GROUP, "Souk dispute agents", Groups.GROUP_TYPE_WORKFLOW);
            StaffAccounts.keepSetupClosed(identity);
            AuthorizationService authorizations = engine.getAuthorizationService();
            for (Resources resource : Resources.values()) {
                grant(authorizations, StaffAccounts.ADMIN_GROUP, resource, Authorization.ANY, Permissions.ALL);
            }
            grant(authorizations, StaffAccounts.AGENT_GROUP, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(authorizations, StaffAccounts.AGENT_GROUP, Resources.FILTER, Authorization.ANY, Permissions.READ);
            grant(authorizations, StaffAccounts.AGENT_GROUP, Resources.PROCESS_DEFINITION, Authorization.ANY,
                    Permissions.READ);
            grant(authorizations, StaffAccounts.AGENT_GROUP, Resources.TASK, Authorization.ANY, Permissions.READ);
        }

        private static void group(IdentityService identity, String id, String name, String type) {
            if (identity.createGroupQuery().groupId(id).count() == 0) {
                Group group = identity.newGroup(id);
                group.setName(name);
                group.setType(type);
                identity.saveGroup(group);
            }
        }

        private static void grant(AuthorizationService authorizations, String group, Resource resource,
                String resourceId, Permission permission) {
            boolean present = authorizations.createAuthorizationQuery().groupIdIn(group)
                    .resourceType(resource).resourceId(resourceId).count() > 0;
            if (!present) {
                Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                grant.setGroupId(group);
                grant.setResource(resource);
                grant.setResourceId(resourceId);
                grant.addPermission(permission);
                authorizations.saveAuthorization(grant);
            }
        }
    }
}
