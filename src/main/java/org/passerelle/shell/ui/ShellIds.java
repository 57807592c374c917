package org.passerelle.shell.ui;

/**
 * Ids of the layout every page shares and of the error pages, shared by the views and the browser journeys that read
 * them.
 */
public final class ShellIds {

    public static final String MAIN_MENU = "main-menu";
    /** The phone's menu button, which opens {@link #MENU_PANEL}. */
    public static final String MENU_TOGGLE = "menu-toggle";

    public static final String MENU_PANEL = "menu-panel";
    /** The disclosure grouping the administration pages in the menu. */
    public static final String ADMINISTRATION_MENU = "administration-menu";
    /** Where the page's own content starts: the skip link's target. */
    public static final String CONTENT = "content";

    public static final String SIGNED_IN_AS = "signed-in-as";
    public static final String SIGN_OUT = "sign-out";
    public static final String NOT_FOUND = "not-found";
    public static final String SERVER_ERROR = "server-error";
    public static final String TRY_AGAIN = "try-again";

    private ShellIds() {}
}
