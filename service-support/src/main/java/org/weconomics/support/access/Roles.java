package org.weconomics.support.access;

/** The realm roles of the platform, as they appear in tokens and in {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String MEMBER = "member";

    private Roles() {}
}
