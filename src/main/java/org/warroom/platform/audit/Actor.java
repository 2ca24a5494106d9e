package org.warroom.platform.audit;

/** Who is acting and from which desk: written on every audit row. Until operators log in, the OS user. */
public record Actor(String name, String desk) {
    public static Actor ofSystemUser(String desk) {
        return new Actor(System.getProperty("user.name", "operator"), desk);
    }
}
