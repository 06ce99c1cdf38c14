package org.pressarchive.xliff;

import java.util.regex.Pattern;

/** Language codes accepted for translations: ISO 639-1/-2 with an optional region or script ({@code en}, {@code zh}, {@code pt-BR}). */
public final class Languages {
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    private Languages() {
    }

    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
